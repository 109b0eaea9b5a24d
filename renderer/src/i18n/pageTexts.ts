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
 * A page's chunk, evaluated only once the texts it shows are in: its schemas make their field messages
 * (`fieldMessage`) when the module runs, from the catalog as it is then.
 */
export const withPageTexts = <M>(load: () => Promise<M>) => (): Promise<M> => loadPageTexts().then(load);
