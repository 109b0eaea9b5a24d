import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase } from './benchCase';

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const only = process.argv[2];

for (const file of fs.readdirSync(casesDir).filter((f) => f.endsWith('.ts')).sort()) {
  const module = (await import(pathToFileURL(path.join(casesDir, file)).href)) as { default: BenchCase };
  const bench = module.default;
  if (only && !bench.name.includes(only)) continue;
  const figures = await bench.run();
  console.log(`\n${bench.name}`);
  for (const [label, value] of Object.entries(figures)) console.log(`  ${label}: ${value}`);
}
