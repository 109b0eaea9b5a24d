import { z } from 'zod';
import { id } from './contract/fields';

/**
 * Which document the desktop app saves or prints: issued minutes by their id, or the draft of an audit's
 * minutes by the audit's id. The main process asks the back end for the bytes and the file name; the
 * renderer never names a path.
 */
export const documentRefSchema = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('minutes'), minutesId: id }).strict(), z.object({ kind: z.literal('minutesDraft'), auditId: id }).strict()],
  { error: 'Không rõ tài liệu cần lưu hoặc in' },
);

export type DocumentRef = z.infer<typeof documentRefSchema>;

/** The answer to "Lưu thành…": false when the user closed the save dialog without choosing a file. */
export interface DocumentSaved {
  saved: boolean;
}
