import { createHash } from 'node:crypto';

/**
 * Pictures drawn lately, by a hash of what they were drawn from: in a worker, so a Word copy made
 * again (the same report exported twice, a draft re-exported after its texts were edited) draws
 * none of its unchanged charts anew; on the API thread, the pictures drawn as a report's page opened
 * (modules/reporting/wordPictures.ts). Bounded by count, the least recently used going first; a
 * drawing in progress is shared by the documents that ask for it, and one that failed is forgotten.
 */
export class PictureCache<T> {
  private readonly pictures = new Map<string, Promise<T>>();

  constructor(private readonly capacity: number) {}

  static key(...parts: Array<string | number>): string {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(`${String(part).length}:${part}`);
    return hash.digest('base64');
  }

  get size(): number {
    return this.pictures.size;
  }

  /** The picture drawn or being drawn from this key, if any. */
  known(key: string): Promise<T> | undefined {
    const known = this.pictures.get(key);
    if (known) {
      // Map keeps insertion order: taken out and put back, it is the most recently used.
      this.pictures.delete(key);
      this.pictures.set(key, known);
    }
    return known;
  }

  picture(key: string, draw: () => Promise<T>): Promise<T> {
    const known = this.known(key);
    if (known) return known;
    const drawing = draw();
    this.pictures.set(key, drawing);
    drawing.catch(() => this.pictures.get(key) === drawing && this.pictures.delete(key));
    if (this.pictures.size > this.capacity) this.pictures.delete(this.pictures.keys().next().value!);
    return drawing;
  }
}
