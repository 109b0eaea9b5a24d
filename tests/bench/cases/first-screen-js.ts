import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchCase } from '../benchCase';

const rendererDir = path.join(process.cwd(), 'dist', 'renderer');

const gzipKb = (files: string[]) => Math.round(files.reduce((total, file) => total + gzipSync(fs.readFileSync(path.join(rendererDir, file))).length, 0) / 102.4) / 10;

/**
 * The JavaScript the first screen loads (index.html's module script and its modulepreload links),
 * gzipped, beside every JavaScript file of the build: how much of the renderer the start waits for.
 * Reads the build `npm run build:renderer` left in dist/renderer.
 */
const bench: BenchCase = {
  name: 'Renderer: first-screen JavaScript of the built bundle (gzip)',
  async run(): Promise<Record<string, string>> {
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) return { 'first-screen JS': 'no build in dist/renderer: run npm run build:renderer first' };
    const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    const firstScreen = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
    const everything = fs.readdirSync(path.join(rendererDir, 'assets')).filter((file) => file.endsWith('.js')).map((file) => path.join('assets', file));
    return {
      'ISSUE ROW first-screen JS, KB gzip (reference: all JS of the build)': `app ${gzipKb(firstScreen)} KB in ${firstScreen.length} file(s); reference ${gzipKb(everything)} KB in ${everything.length} file(s); ratio ${Math.round((gzipKb(firstScreen) / gzipKb(everything)) * 100) / 100}x`,
    };
  },
};
export default bench;
