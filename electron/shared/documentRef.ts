import * as z from 'zod';
import { boardFilters } from './contract/actions';
import { id } from './contract/fields';
import { fieldMessage } from './i18n/fieldMessages';

/**
 * Which document the desktop app saves or prints, by the ids the API takes, never a path: issued minutes
 * or an audit's draft minutes, a programme's plan (PDF or Excel), a report or a unit's card (PDF or Excel),
 * a checklist version or the corrective-action board as filtered (Excel), and the Word copy (.docx) of
 * each minutes, plan, report and card. The main process asks the back end for the bytes and the file name.
 * A new kind is one line here and one row in documentKinds (electron/main/documents/documentOutput.ts).
 */
export const documentRefSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('minutes'), minutesId: id }).strict(),
    z.object({ kind: z.literal('minutesDraft'), auditId: id }).strict(),
    z.object({ kind: z.literal('programmePdf'), programmeId: id }).strict(),
    z.object({ kind: z.literal('programmeXlsx'), programmeId: id }).strict(),
    z.object({ kind: z.literal('reportPdf'), reportId: id }).strict(),
    z.object({ kind: z.literal('reportXlsx'), reportId: id }).strict(),
    z.object({ kind: z.literal('checklistXlsx'), versionId: id }).strict(),
    z.object({ kind: z.literal('actionsBoardXlsx'), filters: boardFilters.strict() }).strict(),
    z.object({ kind: z.literal('unitCardPdf'), unitId: id }).strict(),
    z.object({ kind: z.literal('unitCardXlsx'), unitId: id }).strict(),
    z.object({ kind: z.literal('minutesDocx'), minutesId: id }).strict(),
    z.object({ kind: z.literal('minutesDraftDocx'), auditId: id }).strict(),
    z.object({ kind: z.literal('programmeDocx'), programmeId: id }).strict(),
    z.object({ kind: z.literal('reportDocx'), reportId: id }).strict(),
    z.object({ kind: z.literal('unitCardDocx'), unitId: id }).strict(),
  ],
  { error: () => fieldMessage('contractRules.documentUnknown') },
);

export type DocumentRef = z.input<typeof documentRefSchema>;
export type DocumentKind = DocumentRef['kind'];

/** How each kind is stored: a PDF can also be printed; a workbook or a Word copy only saved. */
export type DocumentFormat = 'pdf' | 'xlsx' | 'docx';

export const documentFormats: Record<DocumentKind, DocumentFormat> = {
  minutes: 'pdf',
  minutesDraft: 'pdf',
  programmePdf: 'pdf',
  programmeXlsx: 'xlsx',
  reportPdf: 'pdf',
  reportXlsx: 'xlsx',
  checklistXlsx: 'xlsx',
  actionsBoardXlsx: 'xlsx',
  unitCardPdf: 'pdf',
  unitCardXlsx: 'xlsx',
  minutesDocx: 'docx',
  minutesDraftDocx: 'docx',
  programmeDocx: 'docx',
  reportDocx: 'docx',
  unitCardDocx: 'docx',
};

/** The answer to "Lưu thành…": false when the user closed the save dialog without choosing a file. */
export interface DocumentSaved {
  saved: boolean;
}
