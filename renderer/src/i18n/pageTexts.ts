import { addPageTexts } from '../../../electron/shared/i18n/catalog';

let arriving: Promise<void> | null = null;

/**
 * The pages' Vietnamese areas, fetched once with the first page (and prefetched with the others) and
 * added to the catalog; the first screen's shell needs none of them. A failed fetch is tried again next time.
 */
export function loadPageTexts(): Promise<void> {
  arriving ??= import('../../../electron/shared/i18n/pageAreas').then(
    (areas) => addPageTexts(areas.pageVietnamese),
    (error: unknown) => {
      arriving = null;
      throw error;
    },
  );
  return arriving;
}

/**
 * A page's chunk and the pages' texts, fetched side by side. What a module makes from the catalog when it
 * loads (the schemas' field messages) is in the first screen's areas, so the order they arrive in does not matter.
 */
export const withPageTexts = <M>(load: () => Promise<M>) => (): Promise<M> => Promise.all([load(), loadPageTexts()]).then(([module]) => module);
