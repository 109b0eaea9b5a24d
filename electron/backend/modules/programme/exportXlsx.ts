import { formatInstant, localDateOf } from '../../../shared/dates';
import type { ModuleHandlers } from '../../api/handlers';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { requireProgramme } from './programmeRows';
import { buildProgrammeView } from './programmeView';

export const exportXlsx: ModuleHandlers<'programme.exportXlsx'>['programme.exportXlsx'] = async (ctx, { id }) => {
  const { db } = ctx.store;
  const programme = buildProgrammeView(db, requireProgramme(db, id), localDateOf(ctx.now()));
  const { cchc, iso } = programme.coverage;
  const subtitle = `${programme.status === 'approved' ? `Số ${programme.documentCode}, đã phê duyệt` : 'Dự thảo'}. CCHC ${cchc.planned}/${cchc.total} đơn vị; ISO ${iso.planned} đơn vị (tối thiểu ${iso.required}). Xuất lúc ${formatInstant(ctx.now())}.`;
  const bytes = await backgroundWork.run('programme.writeWorkbook', { programme, createdAt: ctx.now(), subtitle });
  return {
    fileName: `ke-hoach-kiem-tra-${programme.year}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: asBuffer(bytes).toString('base64'),
  };
};
