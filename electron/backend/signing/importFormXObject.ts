import { deflateSync } from 'node:zlib';
import type { IncrementalUpdate } from './incrementalUpdate';
import { PdfFile } from './pdfFile';
import { PdfRef, asDict, asRef, name } from './pdfSyntax';
import type { PdfDict, PdfValue } from './pdfSyntax';

/**
 * Copies the first page of a small PDF (rendered with the app's embedded fonts) into the target
 * as a Form XObject, to serve as a signature widget's appearance. Fonts, images and graphics
 * states it uses come along, renumbered into the target's object numbers.
 */
export function importPageAsFormXObject(update: IncrementalUpdate, sourcePdf: Buffer): { ref: PdfRef; width: number; height: number } {
  const source = new PdfFile(sourcePdf);
  const [pageRef] = source.pageRefs();
  if (!pageRef) throw new Error('The appearance PDF has no page');
  const page = source.dict(pageRef, 'Appearance page');
  const mediaBox = source.resolve(page.get('MediaBox'));
  if (!Array.isArray(mediaBox) || mediaBox.length !== 4 || !mediaBox.every((n) => typeof n === 'number')) {
    throw new Error('The appearance page has no MediaBox');
  }
  const [x0, y0, x1, y1] = mediaBox as number[];
  const contents = source.resolve(page.get('Contents'));
  const contentRefs = Array.isArray(contents) ? contents : [page.get('Contents')];
  const content = Buffer.concat(contentRefs.map((ref) => source.decodedStream(source.object(asRef(ref, 'Page /Contents')))));

  const copied = new Map<number, PdfRef>();
  const copy = (value: PdfValue): PdfValue => {
    if (value instanceof PdfRef) {
      const known = copied.get(value.objectNumber);
      if (known) return known;
      const target = update.allocate();
      copied.set(value.objectNumber, target);
      const object = source.object(value);
      if (object.stream && object.value instanceof Map) {
        const dict = copy(object.value) as PdfDict;
        dict.set('Length', object.stream.length);
        update.set(target, dict, object.stream);
      } else {
        update.set(target, copy(object.value));
      }
      return target;
    }
    if (Array.isArray(value)) return value.map(copy);
    if (value instanceof Map) return new Map([...value].filter(([key]) => key !== 'Parent').map(([key, item]) => [key, copy(item)]));
    return value;
  };

  const resources = copy(source.resolve(page.get('Resources')) ?? new Map());
  const stream = deflateSync(content);
  const form: PdfDict = new Map<string, PdfValue>([
    ['Type', name('XObject')],
    ['Subtype', name('Form')],
    ['BBox', [x0!, y0!, x1!, y1!]],
    ['Resources', asDict(resources, 'Appearance resources')],
    ['Filter', name('FlateDecode')],
    ['Length', stream.length],
  ]);
  const ref = update.allocate();
  update.set(ref, form, stream);
  return { ref, width: x1! - x0!, height: y1! - y0! };
}
