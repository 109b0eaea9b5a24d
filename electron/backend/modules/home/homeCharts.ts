import type { ModuleHandlers } from '../../api/handlers';
import { backgroundWork } from '../../workers/workerPool';
import { actionClock } from '../actions/actionClock';
import { actionsOfAudits } from '../actions/boardQuery';
import { summariseActions } from '../actions/boardSummary';
import { homeChartSpecs } from './homeChartData';

/** The home's charts, counted here and drawn to SVG on the worker pool, the same way the documents draw theirs. */
export const homeCharts: ModuleHandlers<'home.charts'>['home.charts'] = async (ctx, { year }) => {
  const db = ctx.store.db;
  const { summary } = summariseActions(db, actionClock(ctx), actionsOfAudits(db, { year }), undefined);
  return { year, charts: await backgroundWork.run('charts.renderSvg', { specs: homeChartSpecs(db, year, summary) }) };
};
