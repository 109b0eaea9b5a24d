/** The one IPC channel that carries every contract method, shared by the main process and the preload. */
export const API_CHANNEL = 'api:invoke';

/** The desktop app's own save and print of a document: each takes a document reference, never a path. */
export const DOCUMENT_SAVE_CHANNEL = 'document:save';
export const DOCUMENT_PRINT_CHANNEL = 'document:print';
