import { createApiClient } from './createApiClient';
import { queryClient, refreshAfterWrite } from './queryCache';
import { detectTransport } from './transport';

export type { ApiClient } from './createApiClient';

/** The renderer's one client: every write through it refreshes the cached reads it may have changed. */
export const api = createApiClient(detectTransport(), (method) => void refreshAfterWrite(queryClient, method));
