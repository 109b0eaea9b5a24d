export const IMPORTABLE_TYPES = ['image/png', 'image/jpeg'];
const MAX_INPUT_BYTES = 10 * 1024 * 1024;
const MAX_WIDTH = 1500;
/** Paper is rarely pure white in a photo or scan; anything this light becomes transparent. */
const PAPER_LIGHTNESS = 215;

export type ImportFailure = 'type' | 'size' | 'unreadable' | 'empty';

/**
 * Turns a photographed or scanned signature (PNG or JPEG) into what the minutes need: a PNG with a
 * transparent background, cropped to the ink, at most 1500 px wide.
 */
export async function importSignatureImage(file: File): Promise<{ pngBase64: string } | { failure: ImportFailure }> {
  if (!IMPORTABLE_TYPES.includes(file.type)) return { failure: 'type' };
  if (file.size > MAX_INPUT_BYTES) return { failure: 'size' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { failure: 'unreadable' };
  }
  const scale = Math.min(1, MAX_WIDTH / bitmap.width);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return { failure: 'unreadable' };
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();

  const image = context.getImageData(0, 0, width, height);
  const pixels = image.data;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const lightness = (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
      if (pixels[i + 3]! < 16 || lightness >= PAPER_LIGHTNESS) {
        pixels[i + 3] = 0;
        continue;
      }
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  if (maxX < 0) return { failure: 'empty' };
  context.putImageData(image, 0, 0);
  const margin = 4;
  const crop = document.createElement('canvas');
  crop.width = Math.min(width, maxX - minX + 1 + margin * 2);
  crop.height = Math.min(height, maxY - minY + 1 + margin * 2);
  crop.getContext('2d')!.drawImage(canvas, Math.max(0, minX - margin), Math.max(0, minY - margin), crop.width, crop.height, 0, 0, crop.width, crop.height);
  return { pngBase64: crop.toDataURL('image/png').replace(/^data:image\/png;base64,/, '') };
}
