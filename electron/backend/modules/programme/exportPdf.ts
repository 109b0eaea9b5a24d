import { localDateOf } from '../../../shared/dates';
import type { HandlerContext } from '../../api/context';
import type { ModuleHandlers } from '../../api/handlers';
import type { ProgrammeView } from '../../../shared/contract/programme';
import { DOCX_MIME_TYPE } from '../../documents';
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

/** Everything the plan prints, read once for its PDF and its Word copy alike. */
function programmeDocumentInput(ctx: HandlerContext, id: string) {
  const { db } = ctx.store;
  assertSetupCompleted(db);
  const programme = buildProgrammeView(db, requireProgramme(db, id), localDateOf(ctx.now()));
  return {
    programme,
    organization: readOrganization(db),
    settings: readSettings(db),
    legalBases: legalBasisLines(db, 'plan', programme.year),
    unitOrder: selectUnitViews(db).map((unit) => unit.id),
    seal: readSeal(db, 'organization'),
    resourcesDir: ctx.config.resourcesDir,
  };
}

const fileBase = (programme: ProgrammeView) => `ke-hoach-kiem-tra-${programme.year}${programme.status === 'approved' ? '' : '-du-thao'}`;

export const exportPdf: ModuleHandlers<'programme.exportPdf'>['programme.exportPdf'] = async (ctx, { id }) => {
  const input = programmeDocumentInput(ctx, id);
  const pdf = await backgroundWork.run('programme.renderPdf', input);
  return { fileName: `${fileBase(input.programme)}.pdf`, mimeType: 'application/pdf', base64: asBuffer(pdf).toString('base64') };
};

export const exportDocx: ModuleHandlers<'programme.exportDocx'>['programme.exportDocx'] = async (ctx, { id }) => {
  const input = programmeDocumentInput(ctx, id);
  const docx = await backgroundWork.run('programme.renderDocx', input);
  return { fileName: `${fileBase(input.programme)}.docx`, mimeType: DOCX_MIME_TYPE, base64: asBuffer(docx).toString('base64') };
};
