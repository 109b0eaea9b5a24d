import type { ModuleHandlers } from '../../api/handlers';
import { addEntry } from './addEntry';
import { approveProgramme } from './approveProgramme';
import { discardProgramme } from './discardProgramme';
import { exportDocx, exportPdf } from './exportPdf';
import { exportXlsx } from './exportXlsx';
import { generateForYear } from './generateForYear';
import { getProgramme } from './getProgramme';
import { readyToStart } from './readyToStart';
import { removeEntry } from './removeEntry';
import { reopenProgramme } from './reopenProgramme';
import { updateEntry } from './updateEntry';
import { updateProgramme } from './updateProgramme';

export const programmeHandlers: ModuleHandlers<
  | 'programme.get'
  | 'programme.generate'
  | 'programme.update'
  | 'programme.addEntry'
  | 'programme.updateEntry'
  | 'programme.removeEntry'
  | 'programme.approve'
  | 'programme.reopen'
  | 'programme.discard'
  | 'programme.readyToStart'
  | 'programme.exportPdf'
  | 'programme.exportDocx'
  | 'programme.exportXlsx'
> = {
  'programme.get': getProgramme,
  'programme.generate': generateForYear,
  'programme.update': updateProgramme,
  'programme.addEntry': addEntry,
  'programme.updateEntry': updateEntry,
  'programme.removeEntry': removeEntry,
  'programme.approve': approveProgramme,
  'programme.reopen': reopenProgramme,
  'programme.discard': discardProgramme,
  'programme.readyToStart': readyToStart,
  'programme.exportPdf': exportPdf,
  'programme.exportDocx': exportDocx,
  'programme.exportXlsx': exportXlsx,
};
