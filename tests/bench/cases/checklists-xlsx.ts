import { performance } from 'node:perf_hooks';
import { startTestBackend } from '../../support/tempBackend';
import { summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const SECTIONS = 10;
const ITEMS_PER_SECTION = 30;

/** A provincial index of 300 items: how long a version takes to load, export, check and import. */
const bench: BenchCase = {
  name: 'Checklists: 300-item version — getVersion, exportXlsx, previewImport, importXlsx',
  async run() {
    const backend = await startTestBackend();
    const template = await backend.call('checklists.createTemplate', { code: 'BCS-300', name: 'Bộ chỉ số 300 tiêu chí', purpose: 'CCHC', year: 2026 });
    const versionId = template.versions[0]!.id;
    for (let s = 1; s <= SECTIONS; s++) {
      const section = await backend.call('checklists.addSection', { versionId, code: String(s), title: `Lĩnh vực ${s}` });
      for (let i = 1; i <= ITEMS_PER_SECTION; i++) {
        await backend.call('checklists.addItem', {
          sectionId: section.id,
          code: `${s}.${i}`,
          reference: `${s}.${i}`,
          question: `Tiêu chí ${s}.${i}: tỷ lệ hồ sơ được giải quyết đúng hạn của lĩnh vực ${s}`,
          evidenceHint: 'Báo cáo thống kê trên Hệ thống thông tin giải quyết TTHC',
          answerType: 'numeric',
          numericUnit: '%',
          comparator: '>=',
          threshold: 95,
          points: 1,
        });
      }
    }
    const timed = async (runs: number, work: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await work();
        samples.push(performance.now() - start);
      }
      return summarise(samples);
    };
    const load = await timed(50, () => backend.dispatch('checklists.getVersion', { id: versionId }));
    const file = await backend.call('checklists.exportXlsx', { versionId });
    const exported = await timed(10, () => backend.dispatch('checklists.exportXlsx', { versionId }));
    const preview = await timed(10, () => backend.dispatch('checklists.previewImport', { fileName: file.fileName, base64: file.base64 }));
    let copy = 0;
    const imported = await timed(5, () =>
      backend.call('checklists.importXlsx', { fileName: file.fileName, base64: file.base64, target: { kind: 'newTemplate', code: `BCS-NHAP-${++copy}`, name: 'Bản nhập', purpose: 'CCHC', year: 2026 } }),
    );
    backend.close();
    return {
      'getVersion median ms': load.medianMs,
      'getVersion p95 ms': load.p95Ms,
      'exportXlsx median ms': exported.medianMs,
      'previewImport median ms': preview.medianMs,
      'importXlsx median ms': imported.medianMs,
      'file size KB': Math.round((file.base64.length * 3) / 4 / 1024),
    };
  },
};
export default bench;
