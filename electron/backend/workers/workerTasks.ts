import { readChecklistWorkbook } from '../modules/checklists/readChecklistWorkbook';

/**
 * The work that runs off the thread answering the UI, by name. Payloads and results cross the
 * thread boundary by structured clone, so they are plain data.
 */
export const workerTasks = {
  'checklists.readWorkbook': ({ fileName, base64 }: { fileName: string; base64: string }) => readChecklistWorkbook(fileName, base64),
};

export type WorkerTaskName = keyof typeof workerTasks;
export type WorkerTaskPayload<Name extends WorkerTaskName> = Parameters<(typeof workerTasks)[Name]>[0];
export type WorkerTaskResult<Name extends WorkerTaskName> = Awaited<ReturnType<(typeof workerTasks)[Name]>>;
