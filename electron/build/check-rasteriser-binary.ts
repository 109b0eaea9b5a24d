import path from 'node:path';
import { projectRoot } from '../backend/paths';
import { missingRasteriserBinary } from './rasteriserBinary';

// Run by `npm run dist` before electron-builder: an installer without the chart rasteriser's binary
// would make every Word copy with a chart fail on the ward's laptop.
const missing = missingRasteriserBinary(process.platform, process.arch, path.join(projectRoot, 'package.json'));
if (missing) {
  console.error(missing);
  process.exit(1);
}
