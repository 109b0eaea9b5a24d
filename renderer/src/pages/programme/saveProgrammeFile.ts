import type { ProgrammeFile } from '../../../../electron/shared/contract/programme';
import { saveBase64File } from '../../api/binaryFiles';

/** Binary results travel as base64; the browser (or Electron) saves them as a download. */
export const saveProgrammeFile = (file: ProgrammeFile) => saveBase64File(file.fileName, file.base64, file.mimeType);
