import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Store } from '../../../../db/store';
import { foldForSearch } from '../../../shared/text';

/**
 * The records the search index (migration `search_index`) holds, as `search_documents.entity`:
 * an action's correction, root cause and plan; a finding's description; an audit's title; a unit's
 * name; a person's full name; a checklist item's question and guidance.
 */
export type SearchEntity = 'action' | 'finding' | 'audit' | 'unit' | 'person' | 'checklist_item';

/** The trigram tokenizer finds only substrings of three characters or more through the index. */
const TRIGRAM = 3;
const FOLD_FUNCTION = 'fold_for_search';
const connectionsWithFold = new WeakSet<Store['sqlite']>();

/** Shorter needles are matched by scanning the indexed texts with the app's own folding. */
function ensureFoldFunction(sqlite: Store['sqlite']): void {
  if (connectionsWithFold.has(sqlite)) return;
  sqlite.function(FOLD_FUNCTION, { deterministic: true }, (text) => foldForSearch(typeof text === 'string' ? text : ''));
  connectionsWithFold.add(sqlite);
}

/** An FTS5 phrase: the needle as one string, its double quotes doubled. */
const ftsPhrase = (needle: string) => `"${needle.replaceAll('"', '""')}"`;

/**
 * The search as the user typed it, folded the way the whole app folds (no tone marks, đ as d, lower
 * case); undefined when nothing is left to look for.
 */
export function searchNeedle(search: string | undefined): string | undefined {
  const needle = search ? foldForSearch(search) : '';
  return needle || undefined;
}

/**
 * Every record whose indexed text contains the needle (already folded by searchNeedle), by entity,
 * read with one query: the same answer as `foldForSearch(text).includes(needle)` on every record.
 * The cross join keeps SQLite from running the full-text query once per record.
 */
export function searchHits(store: Store, needle: string): Map<SearchEntity, string[]> {
  const hits =
    [...needle].length >= TRIGRAM
      ? store.db.all<{ entity: SearchEntity; ref: string }>(
          sql`select d.entity, d.ref from search_index cross join search_documents d on d.id = search_index.rowid where search_index match ${ftsPhrase(needle)}`,
        )
      : (ensureFoldFunction(store.sqlite),
        store.db.all<{ entity: SearchEntity; ref: string }>(sql`select entity, ref from search_documents where instr(${sql.raw(FOLD_FUNCTION)}(body), ${needle}) > 0`));
  const byEntity = new Map<SearchEntity, string[]>();
  for (const { entity, ref } of hits) byEntity.set(entity, [...(byEntity.get(entity) ?? []), ref]);
  return byEntity;
}

/** A list of ids as a subquery for `IN`, passed as one JSON parameter however long it is. */
export const idList = (ids: readonly string[]): SQL => sql`(select value from json_each(${JSON.stringify(ids)}))`;
