import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { auditParticipants, audits, checklistVersions, people, units } from '../../../db/schema';
import { generateProgramme } from '../../../electron/backend/modules/programme/planning/generateProgramme';
import type { PastAudit, PlanningInput, PlanningPerson, PlanningUnit } from '../../../electron/backend/modules/programme/planning/planningTypes';
import { appSettingsSchema } from '../../../electron/shared/contract/organization';
import { localize } from '../../../electron/shared/i18n/catalog';
import { startTestBackend } from '../../support/tempBackend';
import { sampleCpuInTurn, sampleInTurn, sideBySide, summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const YEAR = 2026;
const UNITS = 200;
const STAFF = 90;
const HISTORY_YEARS = 10;
const RUNS = 15;

/** A large ward, the same every run: 200 units, 90 staff, and ten years of yearly CCHC inspections and rotating ISO evaluations. */
function largeWard(): Omit<PlanningInput, 'holidays' | 'settings'> {
  const wardUnits: PlanningUnit[] = Array.from({ length: UNITS }, (_, i) => ({
    id: randomUUID(),
    code: `DV${String(i + 1).padStart(3, '0')}`,
    name: `Đơn vị số ${i + 1}`,
    registeredYear: YEAR - HISTORY_YEARS,
    sortOrder: (i + 1) * 10,
    active: i % 50 !== 49,
    inCchcScope: i % 10 !== 9,
    isoApplying: i % 10 < 7,
  }));
  const staff: PlanningPerson[] = Array.from({ length: STAFF }, (_, i) => ({
    id: randomUUID(),
    fullName: `Cán bộ số ${i + 1}`,
    unitId: wardUnits[(i * 7) % UNITS]!.id,
    active: i % 30 !== 29,
    mayLead: i % 3 === 0,
    auditorTrained: i % 5 < 3,
    createdOrder: i,
  }));
  const history: PastAudit[] = [];
  for (let year = YEAR - HISTORY_YEARS; year < YEAR; year++) {
    wardUnits.forEach((unit, i) => {
      const date = `${year}-${String(3 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
      const leader = staff[(i + year) % STAFF]!.id;
      if (unit.inCchcScope) history.push({ unitId: unit.id, kind: 'CCHC', date, leaderPersonId: leader });
      if (unit.isoApplying && (i + year) % 4 === 0) history.push({ unitId: unit.id, kind: 'ISO', date, leaderPersonId: leader });
    });
  }
  const risks = wardUnits.filter((_, i) => i % 13 === 0).map((unit, i) => ({ unitId: unit.id, openMajorNonconformities: i % 3, overdueCorrectiveActions: (i + 1) % 2 }));
  return { year: YEAR, units: wardUnits, people: staff, history: { audits: history, risks } };
}

const bench: BenchCase = {
  name: `Programme: generate a year for ${UNITS} units with ${HISTORY_YEARS} years of history (pure generator, then programme.generate and the PDF through the API)`,
  async run() {
    const ward = largeWard();
    const backend = await startTestBackend();
    const settings = appSettingsSchema.parse({});
    const holidays = (await backend.call('holidays.list', { year: YEAR })).map(({ date, name }) => ({ date, name }));
    const input: PlanningInput = { ...ward, holidays, settings };

    const first = generateProgramme(input);
    if (!first.ok) throw new Error(first.reasons.map((reason) => localize(reason)).join(' '));

    // The same ward in a store: the API reads the history from the audits tables.
    const { db } = backend.store;
    const versionId = db.select({ id: checklistVersions.id }).from(checklistVersions).get()!.id;
    backend.store.sqlite
      .transaction(() => {
        for (const unit of ward.units) db.insert(units).values({ ...unit, code: `DV${unit.sortOrder}`, category: 'khac' }).run();
        for (const person of ward.people) db.insert(people).values(person).run();
        for (const audit of ward.history.audits) {
          const id = randomUUID();
          db.insert(audits).values({ id, kind: audit.kind, unitId: audit.unitId, templateVersionId: versionId, title: 'Lịch sử', startDate: audit.date, endDate: audit.date }).run();
          if (audit.leaderPersonId) db.insert(auditParticipants).values({ auditId: id, side: 'team', role: 'truong_doan', personId: audit.leaderPersonId, fullName: 'Trưởng đoàn' }).run();
        }
      })
      .immediate();
    let programmeId = '';
    const { app: api, reference: pure } = await sampleInTurn(
      RUNS,
      async () => {
        programmeId = (await backend.call('programme.generate', { year: YEAR, replaceDraft: true })).id;
      },
      () => generateProgramme(input),
    );
    const cpu = await sampleCpuInTurn(
      RUNS,
      async () => {
        programmeId = (await backend.call('programme.generate', { year: YEAR, replaceDraft: true })).id;
      },
      () => generateProgramme(input),
    );
    const pdfStart = performance.now();
    await backend.call('programme.exportPdf', { id: programmeId });
    const pdfMs = performance.now() - pdfStart;
    backend.close();

    const p = summarise(pure);
    const a = summarise(api);
    return {
      'ISSUE ROW programme.generate through the API, 200 units x 10 years (reference: the generator alone)': sideBySide(api, pure),
      'programme.generate, CPU time of this process instead of wall clock (same reference)': sideBySide(cpu.app, cpu.reference),
      'planned inspections': first.entries.length,
      'past audits read': ward.history.audits.length,
      'generator median ms': p.medianMs,
      'generator max ms': p.maxMs,
      'programme.generate (store) median ms': a.medianMs,
      'programme.exportPdf ms (first, fonts included)': Math.round(pdfMs),
    };
  },
};
export default bench;
