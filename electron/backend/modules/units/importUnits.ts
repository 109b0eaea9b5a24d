import { units } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid, issue, text } from '../../api/errors';
import { backgroundWork } from '../../workers/workerPool';
import { insertUnit } from './createUnit';
import { requireUnitView } from './unitViews';

/** All or nothing: one bad row and nothing is imported, with every problem reported by row. */
export const importUnits: ModuleHandlers<'units.importXlsx'>['units.importXlsx'] = async (ctx, { fileName, base64 }) => {
  const { db, sqlite } = ctx.store;
  const existing = db.select({ code: units.code, name: units.name }).from(units).all();
  const parsed = await backgroundWork.run('units.readWorkbook', { fileName, base64, existing });
  if (parsed.problems.length > 0) {
    throw invalid(
      text('errors.unit.importProblems', { file: fileName, count: parsed.problems.length, first: parsed.problems[0]?.text ?? parsed.problems[0]?.message ?? '' }),
      parsed.problems.map((problem) => issue(problem.row > 0 ? `row.${problem.row}` : 'file', problem.text ?? problem.message)),
    );
  }
  return sqlite
    .transaction(() => parsed.units.map((unit) => insertUnit(ctx, unit)))
    .immediate()
    .map((id) => requireUnitView(db, id));
};
