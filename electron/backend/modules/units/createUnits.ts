import type { ModuleHandlers } from '../../api/handlers';
import { AppError, invalid, text } from '../../api/errors';
import { insertUnit } from './createUnit';
import { requireUnitView } from './unitViews';

/** All or nothing: the dispatcher's transaction rolls back every row when one is refused, and the message names the row. */
export const createUnits: ModuleHandlers<'units.createMany'>['units.createMany'] = (ctx, { units: rows }) => {
  const ids = rows.map((row, index) => {
    try {
      return insertUnit(ctx, row);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const issues = (error.issues ?? [{ path: '', message: error.message }]).map((issue) => ({ path: `units.${index}.${issue.path}`, message: issue.message }));
      throw invalid(text('errors.unit.rowRefused', { row: index + 1, code: row.code, reason: error.text ?? error.message }), issues);
    }
  });
  return ids.map((id) => requireUnitView(ctx.store.db, id));
};
