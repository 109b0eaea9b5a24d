/** The one IPC channel that carries every contract method, shared by the main process and the preload. */
export const API_CHANNEL = 'api:invoke';
