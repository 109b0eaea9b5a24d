import type { AuditKind } from '../../../../shared/contract/vocabulary';
import { kindPhrases } from './kindWords';
import type { PlanningPerson, PlanningSettings, PlanningUnit } from './planningTypes';
import { mayJoinTeam } from './teamEligibility';

export interface PlannedVisit {
  unit: PlanningUnit;
  kind: AuditKind;
}

/**
 * The reasons, in Vietnamese, why no programme can meet the rules, found before any date is placed:
 * nothing to plan, no working day, nobody who may lead, too few people for a unit, or more
 * inspections than the working days can hold. Empty when scheduling may proceed.
 */
export function impossibilityReasons(
  visits: PlannedVisit[],
  people: PlanningPerson[],
  workingDayCount: number,
  year: number,
  settings: PlanningSettings,
): string[] {
  if (visits.length === 0) {
    return ['Không có đơn vị nào cần kiểm tra: chưa có đơn vị đang hoạt động thuộc phạm vi kiểm tra CCHC hoặc áp dụng ISO 9001.'];
  }
  const reasons: string[] = [];
  const size = settings.inspectionTeamSize;
  const active = people.filter((p) => p.active);
  const leaders = active.filter((p) => p.mayLead);
  if (workingDayCount === 0) {
    reasons.push(
      `Năm ${year} không có ngày làm việc nào trong các tháng xếp lịch (tháng ${[...settings.schedulingMonths].sort((a, b) => a - b).join(', ')}) sau khi trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.`,
    );
  }
  if (leaders.length === 0) {
    reasons.push('Chưa có cán bộ đang hoạt động nào được phép làm Trưởng đoàn. Hãy đánh dấu "Được làm Trưởng đoàn" cho ít nhất một cán bộ trong danh bạ.');
  }
  if (active.length < size) {
    reasons.push(`Mỗi đoàn cần ${size} người nhưng danh bạ chỉ có ${active.length} cán bộ đang hoạt động.`);
  }
  if (reasons.length > 0) return reasons;

  for (const { unit, kind } of visits) {
    const eligible = active.filter((p) => mayJoinTeam(p, unit.id, kind, settings));
    const trainedClause = kind === 'ISO' && settings.isoTeamRequiresTrainedAuditors ? ', đã được đào tạo đánh giá viên nội bộ' : '';
    if (!eligible.some((p) => p.mayLead)) {
      reasons.push(
        `Không có Trưởng đoàn phù hợp để ${kindPhrases[kind].short} ${unit.name}: cần một cán bộ được làm Trưởng đoàn${trainedClause} và không thuộc đơn vị này.`,
      );
    } else if (eligible.length < size) {
      reasons.push(
        `Không đủ người cho đoàn ${kindPhrases[kind].short} ${unit.name}: cần ${size} cán bộ không thuộc đơn vị này${trainedClause}, hiện chỉ có ${eligible.length}.`,
      );
    }
  }
  const perDay = Math.min(leaders.length, Math.floor(active.length / size));
  if (visits.length > workingDayCount * perDay) {
    reasons.push(
      `Cần ${visits.length} cuộc kiểm tra nhưng chỉ có ${workingDayCount} ngày làm việc trong các tháng xếp lịch, mỗi ngày tối đa ${perDay} đoàn (theo số Trưởng đoàn và số cán bộ), tức tối đa ${workingDayCount * perDay} cuộc. Hãy thêm tháng xếp lịch, thêm cán bộ hoặc giảm số người mỗi đoàn.`,
    );
  }
  return reasons;
}
