import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { administrativeDocument, paragraph, recipientsAndSignature, renderPdf } from '../../electron/backend/documents';
import type { Signer } from '../../electron/backend/documents';
import { sourceLayout } from '../../electron/backend/paths';
import { makeSealPng, makeSignatureStrokePng } from '../support/fixtures/minutesImages';
import { makeTempDir } from '../support/tempBackend';

const DPI = 72;

/** Renders page 1 with pdftoppm as PPM (trivial to read) and returns the bounding box of pixels that match. */
function boxes(pdf: Buffer): Record<'red' | 'blue', { left: number; right: number; top: number; bottom: number } | null> {
  const dir = makeTempDir('kiem-tra-seal-');
  fs.writeFileSync(path.join(dir, 'doc.pdf'), pdf);
  spawnSync('pdftoppm', ['-r', String(DPI), '-f', '1', '-l', '1', path.join(dir, 'doc.pdf'), path.join(dir, 'page')]);
  const file = fs.readdirSync(dir).find((name) => name.endsWith('.ppm'))!;
  const bytes = fs.readFileSync(path.join(dir, file));
  fs.rmSync(dir, { recursive: true, force: true });
  const [, width, height] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString('latin1', 0, 32))!.map(Number) as [number, number, number];
  const headerLength = bytes.length - width * height * 3;
  const found = { red: null, blue: null } as ReturnType<typeof boxes>;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = headerLength + (y * width + x) * 3;
      const [r, g, b] = [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!];
      const colour = r > 150 && g < 80 && b < 80 ? 'red' : b > 100 && r < 80 && g < 100 ? 'blue' : null;
      if (!colour) continue;
      const box = (found[colour] ??= { left: x, right: x, top: y, bottom: y });
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return found;
}

async function planSignedBy(signer: Signer): Promise<Buffer> {
  const doc = administrativeDocument({
    header: { superiorBodyName: 'UBND TỈNH HÀ TĨNH', issuingBodyName: 'ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH', documentCode: '01/KH-UBND', placeName: 'Bắc Hồng Lĩnh', issueDate: '2026-11-25', year: 2026 },
    type: 'Kế hoạch',
    summary: 'Kiểm tra công tác cải cách hành chính năm 2026',
    body: [paragraph('Nội dung kế hoạch.')],
    closing: [recipientsAndSignature(['Như trên;', 'Lưu: VT.'], signer)],
    draft: false,
    title: 'Kế hoạch',
  });
  return renderPdf(doc, sourceLayout.resourcesDir);
}

const signature = makeSignatureStrokePng();
const seal = { png: makeSealPng(), diameterMm: 36 };

describe('the seal and the signer image as NĐ 30/2020 places them', () => {
  it('TM.: the red seal at real size, level with the blue signature, its right edge a third of the way into it', async () => {
    const chair: Signer = { authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch', fullName: 'Trần Xuân Đức', signatureImage: signature };
    // The stroke runs the image's whole width: unsealed, the blue box is the image.
    const image = boxes(await planSignedBy(chair)).blue!;
    const { red, blue } = boxes(await planSignedBy({ ...chair, seal }));
    // 36 mm at 72 dpi is 102 px.
    expect(red!.right - red!.left + 1).toBeGreaterThanOrEqual(100);
    expect(red!.right - red!.left + 1).toBeLessThanOrEqual(104);
    expect(Math.abs(red!.right - (image.left + (image.right - image.left) / 3))).toBeLessThanOrEqual(3);
    expect(Math.abs((red!.top + red!.bottom) / 2 - (image.top + image.bottom) / 2)).toBeLessThanOrEqual(3);
    // The seal lies over the stroke's left part; the stroke's right end is where it was.
    expect(blue!.right).toBe(image.right);
    expect(blue!.top).toBeGreaterThanOrEqual(image.top);
  });

  it('the signer image is centred in the block, between the position line and the name', async () => {
    const { blue } = boxes(await planSignedBy({ authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch', fullName: 'Trần Xuân Đức', signatureImage: signature }));
    // The block is the right 55 % of the inner width (A4 595 pt, margins 30 mm / 15 mm).
    const innerLeft = 30 * (72 / 25.4);
    const innerWidth = 595.28 - innerLeft - 15 * (72 / 25.4);
    const blockCentre = innerLeft + innerWidth * 0.45 + (innerWidth * 0.55) / 2;
    expect(Math.abs((blue!.left + blue!.right) / 2 - blockCentre)).toBeLessThan(3);
  });

  it('KT. carries the seal too; a personal signature (no TM./KT.) never does', async () => {
    const deputy = boxes(await planSignedBy({ authority: 'KT.', onBehalfOf: 'Chủ tịch', position: 'Phó Chủ tịch', fullName: 'Lê Văn Phó', signatureImage: signature, seal }));
    expect(deputy.red).not.toBeNull();
    const personal = boxes(await planSignedBy({ position: 'Trưởng đoàn kiểm tra', fullName: 'Nguyễn Văn Đức', signatureImage: signature, seal }));
    expect(personal.red).toBeNull();
    expect(personal.blue).not.toBeNull();
  });
});
