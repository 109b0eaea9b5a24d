import { describe, expect, it } from 'vitest';
import { BOARD_PAGE_ROWS } from '../../electron/shared/contract/actions';
import { insertOpenActions } from '../support/fixtures/actionsAudit';
import { startedBackends } from '../support/startedBackends';

const { start } = startedBackends();

describe('the board brings its rows a page at a time', () => {
  it('one page by default, most urgent first, counted whole; a larger limit brings the same rows and the rest after them', async () => {
    const backend = await start();
    const total = BOARD_PAGE_ROWS + 37;
    const inDueOrder = insertOpenActions(backend.store, total, 'VHXH', '2026-01-05');

    const firstPage = await backend.call('actions.board', {});
    expect(firstPage.rows).toHaveLength(BOARD_PAGE_ROWS);
    expect(firstPage.matching).toBe(total);
    expect(firstPage.summary).toMatchObject({ total, open: total });
    expect(firstPage.rows.map((row) => row.id)).toEqual(inDueOrder.slice(0, BOARD_PAGE_ROWS));

    const twoPages = await backend.call('actions.board', { limit: 2 * BOARD_PAGE_ROWS });
    expect(twoPages.rows.map((row) => row.id)).toEqual(inDueOrder);
    expect(twoPages.matching).toBe(total);
  });
});
