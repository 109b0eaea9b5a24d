import type { ModuleHandlers } from '../../api/handlers';
import { actionClock } from '../actions/actionClock';
import { actionsOfAudits } from '../actions/boardQuery';
import { summariseActions } from '../actions/boardSummary';
import { readSettings } from '../organization/readSettings';
import { countClosedWithoutMinutes, countMinutesUnsigned, countPlannedNotStarted } from './auditAttention';
import { programmeProgress } from './programmeProgress';

/** Counts only: each one is a handful of aggregate statements, so ten years of rows stay in SQLite. */
export const homeAttention: ModuleHandlers<'home.attention'>['home.attention'] = (ctx, { year }) => {
  const db = ctx.store.db;
  const clock = actionClock(ctx);
  const settings = readSettings(db);
  const { summary } = summariseActions(db, clock, actionsOfAudits(db, { year }), undefined);
  return {
    year,
    today: clock.today,
    dueSoonDays: clock.dueSoonDays,
    actions: { overdue: summary.overdue, dueSoon: summary.dueSoon, awaitingVerification: summary.awaitingVerification, open: summary.open },
    plannedNotStarted: countPlannedNotStarted(db, year, clock.today),
    closedWithoutMinutes: countClosedWithoutMinutes(db, year),
    minutesUnsigned: countMinutesUnsigned(db, year),
    cchc: programmeProgress(db, 'CCHC', year, settings.cchcCoveragePercent),
    iso: programmeProgress(db, 'ISO', year, settings.isoSharePercent),
  };
};
