import { localDateOf } from '../../../shared/dates';
import type { ModuleHandlers } from '../../api/handlers';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { legalBasisLines } from '../legalBases/renderLegalBases';
import { readOrganization } from '../organization/readOrganization';
import { assertSetupCompleted } from '../setup/setupStatus';
import { readSettings } from '../organization/readSettings';
import { readSeal } from '../signatures/sealImages';
import { selectUnitViews } from '../units/unitViews';
import { requireProgramme } from './programmeRows';
import { buildProgrammeView } from './programmeView';

export const exportPdf: ModuleHandlers<'programme.exportPdf'>['programme.exportPdf'] = async (ctx, { id }) => {
  const { db } = ctx.store;
  assertSetupCompleted(db);
  const programme = buildProgrammeView(db, requireProgramme(db, id), localDateOf(ctx.now()));
  const unitOrder = selectUnitViews(db).map((unit) => unit.id);
  const pdf = await backgroundWork.run('programme.renderPdf', {
    programme,
    organization: readOrganization(db),
    settings: readSettings(db),
    legalBases: legalBasisLines(db, 'plan', programme.year),
    unitOrder,
    seal: readSeal(db, 'organization'),
    resourcesDir: ctx.config.resourcesDir,
  });
  const suffix = programme.status === 'approved' ? '' : '-du-thao';
  return { fileName: `ke-hoach-kiem-tra-${programme.year}${suffix}.pdf`, mimeType: 'application/pdf', base64: asBuffer(pdf).toString('base64') };
};
