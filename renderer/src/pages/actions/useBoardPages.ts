import { useCallback, useState } from 'react';
import { BOARD_PAGE_ROWS } from '../../../../electron/shared/contract/actions';

/**
 * How many of the board's rows to bring: one page, one more each time "Hiện thêm" is pressed, and one page again
 * whenever the filters change.
 */
export function useBoardPages(filters: object): [limit: number, showMore: () => void] {
  const key = JSON.stringify(filters);
  const [pages, setPages] = useState({ key, count: 1 });
  const count = pages.key === key ? pages.count : 1;
  const showMore = useCallback(() => setPages({ key, count: count + 1 }), [key, count]);
  return [count * BOARD_PAGE_ROWS, showMore];
}
