import type { ModuleHandlers } from '../../api/handlers';
import { invalid, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { assertTemplateCodeFree } from './checklistRules';
import { checklistFileName } from './checklistWorkbook';
import { requireTemplateRow, requireVersionDetail } from './checklistViews';
import { insertDraftVersion, insertTemplateWithDraft } from './versionContent';

type Handlers = ModuleHandlers<'checklists.exportXlsx' | 'checklists.previewImport' | 'checklists.importXlsx'>;

export const exportXlsx: Handlers['checklists.exportXlsx'] = async (ctx, { versionId }) => {
  const detail = requireVersionDetail(ctx.store.db, versionId);
  const bytes = await backgroundWork.run('checklists.writeWorkbook', { detail, now: ctx.now() });
  return { fileName: checklistFileName(detail), base64: asBuffer(bytes).toString('base64') };
};

/** The workbook is parsed on a worker thread, so other calls keep answering meanwhile. */
export const previewImport: Handlers['checklists.previewImport'] = async (_ctx, { fileName, base64 }) => {
  const parsed = await backgroundWork.run('checklists.readWorkbook', { fileName, base64 });
  return {
    problems: parsed.problems,
    sectionCount: parsed.sections.length,
    itemCount: parsed.sections.reduce((sum, section) => sum + section.items.length, 0),
    suggested: parsed.suggested,
  };
};

/** All or nothing: one bad row and the store is left as it was, with every problem reported by row. */
export const importXlsx: Handlers['checklists.importXlsx'] = async (ctx, { fileName, base64, target }) => {
  const parsed = await backgroundWork.run('checklists.readWorkbook', { fileName, base64 });
  if (parsed.problems.length > 0) {
    throw invalid(
      text('errors.import.fileProblems', { file: fileName, count: parsed.problems.length, first: parsed.problems[0]?.message ?? '' }),
      parsed.problems.map((problem) => ({ path: problem.row > 0 ? `row.${problem.row}` : 'file', message: problem.message })),
    );
  }
  const { db, sqlite } = ctx.store;
  return sqlite
    .transaction(() => {
      if (target.kind === 'newTemplate') {
        const { kind: _kind, year, ...template } = target;
        assertTemplateCodeFree(db, template.code);
        const created = insertTemplateWithDraft(db, template, year, parsed.sections);
        recordChange(ctx, { entity: 'checklist_template', entityId: created.templateId, action: 'create', changes: { ...template, year, importedFrom: fileName } });
        return created;
      }
      requireTemplateRow(db, target.templateId);
      const versionId = insertDraftVersion(db, target.templateId, parsed.suggested.year, parsed.sections);
      recordChange(ctx, { entity: 'checklist_version', entityId: versionId, action: 'create', changes: { templateId: target.templateId, importedFrom: fileName } });
      return { templateId: target.templateId, versionId };
    })
    .immediate();
};
