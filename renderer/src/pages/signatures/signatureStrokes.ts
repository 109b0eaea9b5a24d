/** A drawn signature: strokes of points with pressure, in the pad's CSS pixels. */
export interface StrokePoint {
  x: number;
  y: number;
  pressure: number;
}
export type Stroke = StrokePoint[];

/** Blue ink, as NĐ 30/2020 asks of signature images. */
export const SIGNATURE_INK = '#1f3c88';

/** Pens report pressure; mice report 0.5 when pressed. The line thickens with pressure. */
export function lineWidthFor(pressure: number, scale: number): number {
  const effective = pressure > 0 ? pressure : 0.5;
  return (1.2 + effective * 2.6) * scale;
}

export function drawStroke(context: CanvasRenderingContext2D, stroke: Stroke, scale: number): void {
  context.strokeStyle = SIGNATURE_INK;
  context.fillStyle = SIGNATURE_INK;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  if (stroke.length === 1) {
    const [point] = stroke;
    context.beginPath();
    context.arc(point!.x * scale, point!.y * scale, lineWidthFor(point!.pressure, scale) / 2, 0, Math.PI * 2);
    context.fill();
    return;
  }
  for (let i = 1; i < stroke.length; i++) {
    const from = stroke[i - 1]!;
    const to = stroke[i]!;
    context.lineWidth = lineWidthFor((from.pressure + to.pressure) / 2, scale);
    context.beginPath();
    context.moveTo(from.x * scale, from.y * scale);
    context.lineTo(to.x * scale, to.y * scale);
    context.stroke();
  }
}

/** The strokes' bounding box with a margin, so the exported image holds the signature and little else. */
export function strokeBounds(strokes: Stroke[], margin: number): { x: number; y: number; width: number; height: number } | null {
  const points = strokes.flat();
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs) - margin;
  const y = Math.min(...ys) - margin;
  return { x, y, width: Math.max(...xs) + margin - x, height: Math.max(...ys) + margin - y };
}

/** Renders the strokes at print resolution on a transparent background and returns PNG base64. */
export function strokesToPngBase64(strokes: Stroke[], scale = 3): string | null {
  const bounds = strokeBounds(strokes, 6);
  if (!bounds) return null;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(bounds.width * scale);
  canvas.height = Math.ceil(bounds.height * scale);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.translate(-bounds.x * scale, -bounds.y * scale);
  for (const stroke of strokes) drawStroke(context, stroke, scale);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}
