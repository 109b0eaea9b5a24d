import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';

/** The ward's own seal image: read, replace, remove. */
export function useSealImage() {
  return {
    seal: useApiQuery('signatures.sealGet', { bodyKey: 'organization' }),
    save: useApiCommand('signatures.sealSave'),
    remove: useApiCommand('signatures.sealRemove'),
  };
}
