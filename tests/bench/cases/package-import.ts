import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { longChecklist, startSampleAudit } from '../../support/fixtures/auditsFixture';
import { makeTempDir, startTestBackend } from '../../support/tempBackend';
import type { BenchCase } from '../benchCase';
import { sideBySide } from '../benchCase';
import { uploadPackage } from '../../support/packageUpload';

const ITEMS = 300;
const EVIDENCE_FILES = 20;
const EVIDENCE_MB = Number(process.env.BENCH_PACKAGE_EVIDENCE_MB ?? 2);
const RUNS = Number(process.env.BENCH_PACKAGE_RUNS ?? 3);
const MB = 1024 * 1024;

/** The reference: the package's bytes read and hashed, streamed, as an import must at least do. */
async function readAndHash(file: string): Promise<void> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  hash.digest();
}

/** A coordinator's store with a 300-item audit handed out, and the team's result: every item answered, 20 evidence files. */
async function prepare() {
  const coordinator = await startTestBackend();
  const team = await startTestBackend();
  const audit = await startSampleAudit(coordinator, { sections: longChecklist(ITEMS) });
  const handout = await coordinator.call('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 1' });
  await coordinator.call('backups.create', {});
  await team.call('packages.import', { uploadId: await uploadPackage(team, handout.filePath) });
  const itemIds = Object.values(audit.version.items);
  for (const [index, itemId] of itemIds.entries()) {
    const numeric = index % 5 === 4;
    await team.call('audits.saveResponse', numeric ? { auditId: audit.auditId, itemId, numericValue: 96 + (index % 4) } : { auditId: audit.auditId, itemId, conformity: index % 7 === 0 ? 'kph_nhe' : 'phu_hop', note: `Đã xem hồ sơ số ${index + 1}` });
  }
  for (let file = 0; file < EVIDENCE_FILES; file++) {
    await team.call('evidence.upload', { auditId: audit.auditId, itemId: itemIds[file]!, fileName: `bằng chứng ${file + 1}.pdf`, mimeType: 'application/pdf', base64: randomBytes(EVIDENCE_MB * MB).toString('base64') });
  }
  const result = await team.call('packages.exportResult', {});
  coordinator.close();
  team.close();
  return { pristine: coordinator.dataDir, packageFile: result.filePath, itemCount: itemIds.length };
}

const bench: BenchCase = {
  name: 'Package import: a result package of a 300-item audit with 20 evidence files, beside reading and hashing its bytes',
  async run() {
    const { pristine, packageFile, itemCount } = await prepare();
    const importMs: number[] = [];
    const referenceMs: number[] = [];
    let peak = 0;
    const baseline = process.memoryUsage().rss;
    for (let run = 0; run < RUNS; run++) {
      const dataDir = makeTempDir('bench-import-');
      fs.cpSync(pristine, dataDir, { recursive: true });
      const coordinator = await startTestBackend({ dataDir, withProfile: false });
      // The file picked and staged, then a preview: the worker threads are up, as in the app where the user previews before importing.
      const uploadId = await uploadPackage(coordinator, packageFile);
      await coordinator.call('packages.preview', { uploadId });
      const referenceStarted = performance.now();
      await readAndHash(packageFile);
      referenceMs.push(performance.now() - referenceStarted);
      const timer = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
      const started = performance.now();
      const imported = await coordinator.call('packages.import', { uploadId });
      importMs.push(performance.now() - started);
      clearInterval(timer);
      if (!imported.imported || imported.newFiles !== EVIDENCE_FILES) throw new Error(`import did not bring everything: ${JSON.stringify(imported)}`);
      coordinator.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return {
      'items answered / evidence files': `${itemCount} / ${EVIDENCE_FILES}`,
      'package size (MiB)': (fs.statSync(packageFile).size / MB).toFixed(1),
      'import (backup first, check, evidence, records) vs read + hash': sideBySide(importMs, referenceMs),
      'import beyond reading and hashing, median (ms; goal < 1000)': Math.round(median(importMs) - median(referenceMs)),
      'resident memory before → peak (MiB; goal: under 200 more)': `${Math.round(baseline / MB)} → ${Math.round(Math.max(peak, baseline) / MB)}`,
    };
  },
};

export default bench;
