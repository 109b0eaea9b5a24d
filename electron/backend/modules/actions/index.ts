import type { ModuleHandlers } from '../../api/handlers';
import { actionBoard } from './actionBoard';
import { advanceAction } from './advanceAction';
import { actionDefaults } from './actionDefaults';
import { actionsByAudit } from './actionsByAudit';
import { actionsByUnit } from './actionsByUnit';
import { auditOptions } from './auditOptions';
import { createAction } from './createAction';
import { deleteAction } from './deleteAction';
import { dueNotice } from './dueNotice';
import { exportBoard } from './exportBoard';
import { getAction } from './getAction';
import { moveAction } from './moveAction';
import { updateAction } from './updateAction';

export const actionsHandlers: ModuleHandlers<
  | 'actions.board'
  | 'actions.exportXlsx'
  | 'actions.dueNotice'
  | 'actions.get'
  | 'actions.byAudit'
  | 'actions.byUnit'
  | 'actions.audits'
  | 'actions.defaults'
  | 'actions.create'
  | 'actions.update'
  | 'actions.move'
  | 'actions.advance'
  | 'actions.delete'
> = {
  'actions.board': actionBoard,
  'actions.exportXlsx': exportBoard,
  'actions.dueNotice': dueNotice,
  'actions.get': getAction,
  'actions.byAudit': actionsByAudit,
  'actions.byUnit': actionsByUnit,
  'actions.audits': auditOptions,
  'actions.defaults': actionDefaults,
  'actions.create': createAction,
  'actions.update': updateAction,
  'actions.move': moveAction,
  'actions.advance': advanceAction,
  'actions.delete': deleteAction,
};
