import { describe, expect, it } from 'vitest';
import { PictureCache } from '../../electron/backend/documents/pictureCache';

/** A drawing that counts how often it ran, and gives bytes of its own for each SVG. */
function counted() {
  const drawn: string[] = [];
  const draw = (svg: string) => async () => {
    drawn.push(svg);
    return Buffer.from(`png of ${svg}`);
  };
  return { drawn, draw };
}

describe('pictures drawn once per worker', () => {
  it('gives the same bytes for the same SVG without drawing it again, and other bytes for another SVG', async () => {
    const cache = new PictureCache<Buffer>(4);
    const { drawn, draw } = counted();
    const key = (svg: string) => PictureCache.key(svg, 1657);

    const first = await cache.picture(key('<svg>a</svg>'), draw('<svg>a</svg>'));
    const again = await cache.picture(key('<svg>a</svg>'), draw('<svg>a</svg>'));
    const other = await cache.picture(key('<svg>b</svg>'), draw('<svg>b</svg>'));

    expect(again.equals(first)).toBe(true);
    expect(other.equals(first)).toBe(false);
    expect(drawn).toEqual(['<svg>a</svg>', '<svg>b</svg>']);
  });

  it('keys by every part: the same SVG at another width is another picture, and parts cannot run into each other', () => {
    expect(PictureCache.key('<svg/>', 1657)).not.toBe(PictureCache.key('<svg/>', 1104));
    expect(PictureCache.key('ab', 'c')).not.toBe(PictureCache.key('a', 'bc'));
    expect(PictureCache.key('<svg/>', 1657)).toBe(PictureCache.key('<svg/>', 1657));
  });

  it('shares a drawing in progress between the charts that ask for it at once', async () => {
    const cache = new PictureCache<Buffer>(4);
    const { drawn, draw } = counted();
    const [one, two] = await Promise.all([cache.picture('k', draw('<svg/>')), cache.picture('k', draw('<svg/>'))]);
    expect(one).toBe(two);
    expect(drawn).toHaveLength(1);
  });

  it('keeps only its capacity, dropping the least recently used', async () => {
    const cache = new PictureCache<Buffer>(2);
    const { drawn, draw } = counted();
    await cache.picture('a', draw('a'));
    await cache.picture('b', draw('b'));
    await cache.picture('a', draw('a')); // a is now the most recent
    await cache.picture('c', draw('c')); // so b goes
    expect(cache.size).toBe(2);
    await cache.picture('a', draw('a'));
    await cache.picture('b', draw('b'));
    expect(drawn).toEqual(['a', 'b', 'c', 'b']);
  });

  it('forgets a drawing that failed, so the next document tries again', async () => {
    const cache = new PictureCache<Buffer>(2);
    await expect(cache.picture('k', () => Promise.reject(new Error('bad SVG')))).rejects.toThrow('bad SVG');
    await expect(cache.picture('k', async () => Buffer.from('drawn'))).resolves.toEqual(Buffer.from('drawn'));
  });
  it('tells the picture drawn or being drawn from a key without drawing one, and counts the look as a use', async () => {
    const cache = new PictureCache<Buffer>(2);
    const { drawn, draw } = counted();
    expect(cache.known('a')).toBeUndefined();
    const drawing = cache.picture('a', draw('a'));
    expect(cache.known('a')).toBe(drawing);
    await cache.picture('b', draw('b'));
    cache.known('a'); // a is now the most recent
    await cache.picture('c', draw('c')); // so b goes
    expect(await cache.known('a')).toEqual(Buffer.from('png of a'));
    expect(cache.known('b')).toBeUndefined();
    expect(drawn).toEqual(['a', 'b', 'c']);
  });
});
