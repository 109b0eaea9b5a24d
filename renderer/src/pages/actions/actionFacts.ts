import type { ActionFacts } from '../../../../electron/shared/rules/actionStates';
import type { ActionDetail } from '../../../../electron/shared/contract/actions';
import { localDateOf } from '../../../../electron/shared/dates';

export function factsOfDetail(action: ActionDetail): ActionFacts {
  return {
    status: action.status,
    ownerPersonId: action.ownerPersonId,
    rootCause: action.rootCause,
    actionPlan: action.actionPlan,
    completionEvidence: action.completionEvidence,
    evidenceFileCount: action.evidenceFiles.length,
    findingDate: action.findingDate,
  };
}

/** Today in Asia/Ho_Chi_Minh, as the back end reckons it. */
export const todayInWard = () => localDateOf(new Date());
