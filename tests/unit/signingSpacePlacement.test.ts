import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A4_HEIGHT } from '../../electron/backend/documents';
import { prepareMinutes } from '../../electron/backend/modules/minutes/minutesInputs';
import { layOutMinutesPdf } from '../../electron/backend/modules/minutes/renderMinutesPdf';
import { sourceLayout } from '../../electron/backend/paths';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(() => backend.close());

/** Each word's page and top edge, in PDF points from the top of the page. */
function wordTops(pdf: Buffer): { page: number; word: string; top: number }[] {
  const html = poppler('pdftotext', pdf, ['-bbox']);
  const words: { page: number; word: string; top: number }[] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const match of page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) words.push({ page: index, word: match[2]!, top: Number(match[1]) });
  });
  return words;
}

describe('signing spaces in unbreakable rows', () => {
  it('puts each signature field just above its signer’s name, on that name’s page, wherever layout moved the closing', async () => {
    const pagesOfFirstRow = new Set<number>();
    for (const items of [6, 9, 12, 15, 18]) {
      const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items, findings: 2 });
      const { content } = prepareMinutes(backend.store.db, audit.auditId, { number: '01/BB-UBND', documentDate: '2026-11-25', revision: 0, supplements: null, corrections: '' });
      const rendered = await layOutMinutesPdf({ content, images: new Map(), options: { resourcesDir: sourceLayout.resourcesDir, signatureFields: false } });
      const words = wordTops(Buffer.from(rendered.pdf));
      for (const signer of content.signers) {
        const placement = rendered.signatureSpaces.get(signer.key)!;
        const bandBottom = A4_HEIGHT - placement.rect[1];
        // The signer's surname on the field's page, the nearest below the band.
        const surname = signer.fullName.split(' ')[0]!;
        const below = words.filter((w) => w.page === placement.pageIndex && w.word === surname && w.top >= bandBottom).map((w) => w.top - bandBottom);
        expect(Math.min(...below), `${items} items, ${signer.fullName}`).toBeLessThan(12);
        if (signer === content.signers[0]) pagesOfFirstRow.add(placement.pageIndex);
      }
    }
    expect(pagesOfFirstRow.size).toBeGreaterThan(1);
  });
});
