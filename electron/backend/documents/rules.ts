import type { Content } from 'pdfmake/interfaces';

const LINE_WIDTH = 0.6;

/** A solid rule of a given length, centred in a box of the given width. */
export function centredRule(length: number, boxWidth: number, marginTop = 2): Content {
  const x1 = (boxWidth - length) / 2;
  return { canvas: [{ type: 'line', x1, y1: 0, x2: x1 + length, y2: 0, lineWidth: LINE_WIDTH }], margin: [0, marginTop, 0, 0] };
}

/**
 * A line of text, centred, with a rule under it exactly as long as the text (the Tiêu ngữ's rule):
 * an auto-width table measures the text, and its bottom border is the rule.
 */
export function underlinedCentred(text: string, style: { bold?: boolean; fontSize: number }): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: { body: [[{ text, ...style, alignment: 'center', border: [false, false, false, true] }]] },
        layout: {
          hLineWidth: () => LINE_WIDTH,
          vLineWidth: () => 0,
          paddingLeft: () => 0,
          paddingRight: () => 0,
          paddingTop: () => 0,
          paddingBottom: () => 1,
        },
      },
      { width: '*', text: '' },
    ],
  };
}

/** A table layout with no lines and no padding, for placing blocks side by side. */
export const noLinesLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};
