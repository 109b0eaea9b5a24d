import type * as Docx from 'docx';
import { loadDocx, loadResvg } from '../workers/heavyLibraries';
import { asBuffer } from '../workers/transferredBytes';
import { BODY_FONT_SIZE, dashLines, FIRST_LINE_INDENT_MM, LEVEL_ONE_EXTRA_GAP, LINE_HEIGHT, PARAGRAPH_GAP, headingText } from './bodyText';
import type { DocumentHeaderInput } from './documentHeader';
import { HEADER_LEFT_SHARE, HEADER_SIZES, ISSUER_RULE_MAX, NATIONAL_MOTTO, NATIONAL_NAME } from './documentHeader';
import { TITLE_RULE_MAX } from './documentTitle';
import type { Annex, BodyBlock, ChartBlock, ClosingBlock, DocumentModel, Run, TableBlock, TableCell } from './documentModel';
import { cellLines } from './documentModel';
import { chartPicture, pictureKey } from './chartPicture';
import type { ChartPicture } from './chartPicture';
import { placeAndDate } from './vietnameseDates';
import { A4_HEIGHT, A4_WIDTH, INNER_WIDTH, MM, PAGE_MARGINS, PAGE_NUMBER_SIZE } from './pageLayout';
import { RECIPIENT_SIZE, RECIPIENTS_LABEL, RECIPIENTS_LABEL_SIZE, RECIPIENTS_SHARE } from './recipientsBlock';
import type { Signer } from './signatureBlock';
import { SIGNATURE_GAP, SIGNATURE_SPACE, signerHeadingLines } from './signatureBlock';

/** Times New Roman, as NĐ 30/2020 asks; the PDF embeds Tinos, its metric twin. */
export const DOCX_FONT = 'Times New Roman';
export const DOCX_LANGUAGE = 'vi-VN';
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The Word copy is a working copy: the signed PDF is the original (NĐ 30/2020 Điều 5). */
export const WORKING_COPY_NOTE = 'Bản lưu hành nội bộ dạng Word; văn bản gốc là bản PDF đã ký số.';
export const DRAFT_COPY_NOTE = 'Dự thảo dạng Word để chỉnh sửa; văn bản chính thức là bản PDF được phát hành, ký số.';

/** Twentieths of a point. */
const twips = (points: number) => Math.round(points * 20);
/** Half-points, Word's font size unit. */
const halfPoints = (points: number) => Math.round(points * 2);

type DocxModule = typeof Docx;
type Para = Docx.Paragraph;

interface TextStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

/**
 * Draws a DocumentModel as a .docx in the NĐ 30/2020 layout, the twin of the PDF renderer
 * (administrativeDocument): the same blocks, sizes and order, with Word's own means (borderless
 * tables for the header and the signatures, rows that do not split, "keep with next" for headings).
 */
class DocxWriter {
  constructor(
    private readonly d: DocxModule,
    /** Each chart block of the model drawn beforehand (see renderDocx). */
    private readonly pictures: ReadonlyMap<ChartBlock, ChartPicture>,
  ) {}

  run(run: Run, style: TextStyle): Docx.TextRun {
    const { d } = this;
    const text = (typeof run === 'string' ? run : run.text).normalize('NFC');
    const bold = style.bold || (typeof run !== 'string' && run.bold);
    const italics = style.italics || (typeof run !== 'string' && run.italics);
    // Codes and dates stay on one line: their hyphens become Word's non-breaking hyphens.
    const children = typeof run !== 'string' && run.keepTogether ? text.split('-').flatMap((part, i) => (i === 0 ? [part] : [new d.NoBreakHyphen(), part])) : [text];
    return new d.TextRun({
      children,
      font: DOCX_FONT,
      size: halfPoints(style.size),
      ...(bold ? { bold: true } : {}),
      ...(italics ? { italics: true } : {}),
      ...(style.underline ? { underline: { type: d.UnderlineType.SINGLE } } : {}),
    });
  }

  line(text: string, style: TextStyle, options: Partial<Docx.IParagraphOptions> = {}): Para {
    return new this.d.Paragraph({ alignment: this.d.AlignmentType.CENTER, ...options, children: [this.run(text, style)] });
  }

  /** A short solid rule, centred in a box: an empty paragraph's bottom border between indents. */
  rule(length: number, boxWidth: number, before: number, after = 0): Para {
    const side = twips((boxWidth - length) / 2);
    return new this.d.Paragraph({
      spacing: { before: twips(before), after: twips(after), line: 1, lineRule: this.d.LineRuleType.EXACT },
      indent: { left: side, right: side },
      border: { bottom: { style: this.d.BorderStyle.SINGLE, size: 5, color: '000000', space: 0 } },
      children: [],
    });
  }

  borderlessTable(widths: number[], rows: Docx.TableCell[][], options: { cantSplit: boolean }): Docx.Table {
    const { d } = this;
    return new d.Table({
      width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: d.WidthType.DXA },
      columnWidths: widths.map(twips),
      layout: d.TableLayoutType.FIXED,
      borders: d.TableBorders.NONE,
      rows: rows.map((cells) => new d.TableRow({ cantSplit: options.cantSplit, children: cells })),
    });
  }

  /** A cell without Word's default side padding unless given, so the boxes are as wide as the PDF's. */
  cell(width: number, children: Array<Para | Docx.Table>, options: Partial<Docx.ITableCellOptions> = {}): Docx.TableCell {
    return new this.d.TableCell({
      width: { size: twips(width), type: this.d.WidthType.DXA },
      ...options,
      margins: { left: 0, right: 0, ...options.margins },
      children: children.length > 0 ? children : [new this.d.Paragraph({})],
    });
  }

  /** Boxes 1–4: issuer and number on the left, Quốc hiệu, Tiêu ngữ and the italic place and date on the right. */
  header(input: DocumentHeaderInput): Docx.Table {
    const width = input.width ?? INNER_WIDTH;
    const left = width * HEADER_LEFT_SHARE;
    const right = width - left;
    const s = HEADER_SIZES;
    const numberGap = { spacing: { before: twips(6) } };
    return this.borderlessTable(
      [left, right],
      [
        [
          this.cell(left, [
            this.line(input.superiorBodyName.toLocaleUpperCase('vi'), { size: s.superior }),
            this.line(input.issuingBodyName.toLocaleUpperCase('vi'), { size: s.issuer, bold: true }),
            this.rule(Math.min(left * 0.4, ISSUER_RULE_MAX), left, 2),
          ]),
          this.cell(right, [this.line(NATIONAL_NAME, { size: s.nationalName, bold: true }), this.line(NATIONAL_MOTTO, { size: s.motto, bold: true, underline: true })]),
        ],
        [
          this.cell(left, [this.line(`Số: ${input.documentCode}`, { size: s.number }, numberGap)]),
          this.cell(right, [this.line(placeAndDateOf(input), { size: s.placeAndDate, italics: true }, numberGap)]),
        ],
      ],
      { cantSplit: true },
    );
  }

  title(type: string, summary: string, width: number): Para[] {
    return [
      this.line(type.toLocaleUpperCase('vi'), { size: BODY_FONT_SIZE, bold: true }, { spacing: { before: twips(18) }, keepNext: true }),
      this.line(summary, { size: BODY_FONT_SIZE, bold: true }, { indent: { left: twips(30), right: twips(30) }, keepNext: true }),
      this.rule(Math.min(width / 3, TITLE_RULE_MAX), width, 4, 14),
    ];
  }

  bodyParagraph(runs: Run[], options: { bold?: boolean; italics?: boolean; indent: boolean; keepWhole?: boolean; keepNext?: boolean }): Para {
    const { d } = this;
    return new d.Paragraph({
      alignment: d.AlignmentType.JUSTIFIED,
      spacing: { before: twips(PARAGRAPH_GAP), line: Math.round(240 * LINE_HEIGHT), lineRule: d.LineRuleType.AUTO },
      indent: options.indent ? { firstLine: twips(FIRST_LINE_INDENT_MM * MM) } : undefined,
      keepLines: options.keepWhole,
      keepNext: options.keepNext,
      children: runs.map((run) => this.run(run, { size: BODY_FONT_SIZE, bold: options.bold, italics: options.italics })),
    });
  }

  tableCellParagraphs(cell: TableCell, size: number, alignment: TableBlock['columns'][number]['alignment']): Para[] {
    const { d } = this;
    const align = (typeof cell !== 'string' && cell.alignment) || alignment;
    const bold = typeof cell !== 'string' && cell.bold;
    return cellLines(cell).flatMap((line) =>
      // A "\n" in a cell (the comparison table's headers) breaks the line, as in the PDF.
      splitLines(line).map(
        (parts) =>
          new d.Paragraph({
            alignment: align === 'center' ? d.AlignmentType.CENTER : align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
            children: parts.map((run) => this.run(run, { size, bold })),
          }),
      ),
    );
  }

  /** Ruled; the header row repeats on every page, rows never split. */
  table(block: TableBlock): Docx.Table {
    const { d } = this;
    const fixed = block.columns.reduce((sum, column) => sum + (column.width === '*' ? 0 : column.width), 0);
    const stars = block.columns.filter((column) => column.width === '*').length;
    const widths = block.columns.map((column) => (column.width === '*' ? (INNER_WIDTH - fixed) / stars : column.width));
    const margins = { top: twips(3), bottom: twips(3), left: twips(4), right: twips(4) };
    const line = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
    const headerRow = new d.TableRow({
      tableHeader: true,
      cantSplit: true,
      children: block.columns.map((column, i) => this.cell(widths[i]!, this.tableCellParagraphs({ lines: [[column.header]], bold: true }, block.fontSize, 'center'), { margins })),
    });
    const rows = block.rows.map(
      (row) =>
        new d.TableRow({
          cantSplit: true,
          children: row.map((cell, i) => this.cell(widths[i]!, this.tableCellParagraphs(cell, block.fontSize, block.columns[i]?.alignment), { margins })),
        }),
    );
    return new d.Table({
      width: { size: twips(INNER_WIDTH), type: d.WidthType.DXA },
      columnWidths: widths.map(twips),
      layout: d.TableLayoutType.FIXED,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: [headerRow, ...rows],
    });
  }

  chart(block: ChartBlock): Para {
    const { d } = this;
    const width = chartWidth(block);
    const picture = this.pictures.get(block)!;
    // Word sizes pictures in pixels at 96 to the inch; the PNG itself has print resolution.
    const toPixels = 96 / 72;
    return new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { before: twips(8) },
      keepNext: true,
      children: [
        new d.ImageRun({
          type: 'png',
          data: picture.png,
          transformation: { width: Math.round(width * toPixels), height: Math.round(picture.heightPt * toPixels) },
          altText: { name: 'chart', description: picture.description, title: picture.description },
        }),
      ],
    });
  }

  body(blocks: BodyBlock[]): Array<Para | Docx.Table> {
    return blocks.map((block, index) => {
      const last = index === blocks.length - 1;
      switch (block.kind) {
        case 'paragraph':
          // The body's last paragraph goes with the signatures, as in the PDF.
          return this.bodyParagraph(block.runs, { ...block, keepNext: last });
        case 'heading':
          return new this.d.Paragraph({
            spacing: { before: twips(PARAGRAPH_GAP + (block.level === 1 ? LEVEL_ONE_EXTRA_GAP : 0)), line: Math.round(240 * LINE_HEIGHT), lineRule: this.d.LineRuleType.AUTO },
            indent: { firstLine: twips(FIRST_LINE_INDENT_MM * MM) },
            keepNext: true,
            keepLines: true,
            children: [this.run(headingText(block), { size: BODY_FONT_SIZE, bold: true })],
          });
        case 'table':
          return this.table(block);
        case 'chart':
          return this.chart(block);
      }
    });
  }

  signerHeading(signer: Signer): Para[] {
    return signerHeadingLines(signer).map((line) => this.line(line, { size: BODY_FONT_SIZE, bold: true }, { keepNext: true }));
  }

  /** The signing space: ink goes here on paper. */
  signingSpace(): Para {
    return new this.d.Paragraph({ spacing: { before: 0, after: 0, line: twips(SIGNATURE_SPACE), lineRule: this.d.LineRuleType.EXACT }, keepNext: true, children: [] });
  }

  signerName(signer: Signer): Para {
    return this.line(signer.fullName, { size: BODY_FONT_SIZE, bold: true });
  }

  signerParagraphs(signer: Signer): Para[] {
    return [...this.signerHeading(signer), this.signingSpace(), this.signerName(signer)];
  }

  recipients(recipients: string[]): Para[] {
    const { d } = this;
    return [
      new d.Paragraph({ children: [this.run(RECIPIENTS_LABEL, { size: RECIPIENTS_LABEL_SIZE, bold: true, italics: true })] }),
      ...dashLines(recipients).map((text) => new d.Paragraph({ children: [this.run(text, { size: RECIPIENT_SIZE })] })),
    ];
  }

  closing(block: ClosingBlock): Array<Para | Docx.Table> {
    switch (block.kind) {
      case 'signatures': {
        // As in the PDF: per pair of signers a row of headings, a row of spaces and a row of names,
        // so the names line up even when one heading runs to two lines; keep-with-next holds the three together.
        const column = (INNER_WIDTH - SIGNATURE_GAP) / 2;
        const rows: Docx.TableCell[][] = [];
        for (let i = 0; i < block.signers.length; i += 2) {
          const pair = block.signers.slice(i, i + 2);
          const cells = (part: (signer: Signer) => Para[], top = 0) => {
            const filled = pair.map((signer) => this.cell(column, part(signer), { margins: { top: twips(top) } }));
            return pair.length === 1 ? [this.cell(column, [this.spacer(0, true)]), ...filled] : filled;
          };
          rows.push(cells((signer) => this.signerHeading(signer), i === 0 ? 14 : 24), cells(() => [this.signingSpace()]), cells((signer) => [this.signerName(signer)]));
        }
        return [this.borderlessTable([column, column], rows, { cantSplit: true }), this.spacer(14)];
      }
      case 'recipients':
        return this.recipients(block.recipients);
      case 'recipientsAndSignature': {
        const left = INNER_WIDTH * RECIPIENTS_SHARE;
        return [
          this.borderlessTable(
            [left, INNER_WIDTH - left],
            [[this.cell(left, this.recipients(block.recipients), { margins: { top: twips(18) } }), this.cell(INNER_WIDTH - left, this.signerParagraphs(block.signer), { margins: { top: twips(18) } })]],
            { cantSplit: true },
          ),
        ];
      }
    }
  }

  spacer(points: number, keepNext = false): Para {
    return new this.d.Paragraph({ spacing: { before: 0, after: 0, line: Math.max(twips(points), 1), lineRule: this.d.LineRuleType.EXACT }, keepNext, children: [] });
  }

  annex(annex: Annex): Array<Para | Docx.Table> {
    const style = { size: BODY_FONT_SIZE, bold: true };
    return [
      this.line(annex.label.toLocaleUpperCase('vi'), style, { pageBreakBefore: true, keepNext: true }),
      this.line(annex.title, style, { keepNext: true }),
      ...(annex.note ? [this.line(annex.note, { size: BODY_FONT_SIZE, italics: true }, { keepNext: true })] : []),
      ...this.body(annex.body),
    ];
  }

  /** Page numbers from page 2, centred in the top margin; the first page's header is empty. */
  pageHeaders(draft: boolean): Docx.ISectionOptions['headers'] {
    const { d } = this;
    const draftMark = draft ? [this.run('DỰ THẢO', { size: BODY_FONT_SIZE, bold: true })] : [];
    return {
      default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: [d.PageNumber.CURRENT], font: DOCX_FONT, size: halfPoints(PAGE_NUMBER_SIZE) })] })] }),
      first: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: draftMark })] }),
    };
  }

  /** On every page, small and italic at the foot: which copy this is. */
  pageFooters(draft: boolean): Docx.ISectionOptions['footers'] {
    const note = () => new this.d.Footer({ children: [this.line(draft ? DRAFT_COPY_NOTE : WORKING_COPY_NOTE, { size: 9, italics: true })] });
    return { default: note(), first: note() };
  }

  document(model: DocumentModel): Docx.Document {
    const { d } = this;
    const [left, top, right, bottom] = PAGE_MARGINS;
    const width = model.header.width ?? INNER_WIDTH;
    return new d.Document({
      creator: 'Kiểm tra CCHC & ISO 9001',
      title: model.title.normalize('NFC'),
      ...(model.draft ? { description: 'DỰ THẢO' } : {}),
      styles: { default: { document: { run: { font: DOCX_FONT, size: halfPoints(BODY_FONT_SIZE), language: { value: DOCX_LANGUAGE } } } } },
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: twips(A4_WIDTH), height: twips(A4_HEIGHT), orientation: d.PageOrientation.PORTRAIT },
              margin: { top: twips(top), right: twips(right), bottom: twips(bottom), left: twips(left), header: twips(10 * MM), footer: twips(8 * MM) },
            },
          },
          headers: this.pageHeaders(model.draft),
          footers: this.pageFooters(model.draft),
          children: [
            this.header(model.header),
            ...this.title(model.type, model.summary, width),
            ...this.body(model.body),
            ...model.closing.flatMap((block) => this.closing(block)),
            ...(model.annexes ?? []).flatMap((annex) => this.annex(annex)),
          ],
        },
      ],
    });
  }
}

function placeAndDateOf(input: DocumentHeaderInput): string {
  return placeAndDate(input.placeName, input.issueDate, input.year);
}

/** A line of runs broken at its "\n"s. */
function splitLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    const text = typeof run === 'string' ? run : run.text;
    text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines.at(-1)!.push(typeof run === 'string' ? piece : { ...run, text: piece });
    });
  }
  return lines;
}

/** A chart's printed width (points), centred in the text width. */
const chartWidth = (block: ChartBlock) => INNER_WIDTH * block.widthShare;

const chartsOf = (model: DocumentModel) =>
  [...model.body, ...(model.annexes ?? []).flatMap((annex) => annex.body)].filter((block): block is ChartBlock => block.kind === 'chart');

/**
 * The document's charts as pictures. One drawn beforehand for the same drawing (same key) is used as
 * it is; the others are drawn all at once: each is laid out and rasterised on libuv's thread pool and
 * packed there too, so three charts take little more than the slowest of them.
 */
async function drawCharts(charts: ChartBlock[], resourcesDir: string, drawnBefore: readonly ChartPicture[]): Promise<Map<ChartBlock, ChartPicture>> {
  const before = new Map(drawnBefore.map((picture) => [picture.key, picture]));
  const pictures = await Promise.all(
    charts.map(async (chart) => {
      const found = before.get(pictureKey(chart.svg, chartWidth(chart), resourcesDir));
      // A picture that crossed from another thread arrives as a plain Uint8Array.
      return found ? { ...found, png: asBuffer(found.png) } : chartPicture(await loadResvg(), chart.svg, chartWidth(chart), resourcesDir);
    }),
  );
  return new Map(charts.map((chart, i) => [chart, pictures[i]!]));
}

/** The pictures of a document's charts, drawn before its Word copy is asked for (see reporting/wordPictures.ts). */
export async function docxPictures(model: DocumentModel, resourcesDir: string): Promise<ChartPicture[]> {
  return [...(await drawCharts(chartsOf(model), resourcesDir, [])).values()];
}

/** Renders a document model to .docx bytes, using the chart pictures drawn beforehand that fit its charts. */
export async function renderDocx(model: DocumentModel, resourcesDir: string, drawnBefore: readonly ChartPicture[] = []): Promise<Buffer> {
  const [d, pictures] = await Promise.all([loadDocx(), drawCharts(chartsOf(model), resourcesDir, drawnBefore)]);
  return d.Packer.toBuffer(new DocxWriter(d, pictures).document(model));
}
