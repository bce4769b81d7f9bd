/**
 * scripts/measure.mjs and the budgets on a small fixture site: what a page's HTML names,
 * then the chunk graph (static imports, CSS of chunks, chunks loaded on demand) and the
 * data fetched when used, each gzipped; and checkBudgets failing a page over a budget.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets, createMeasurer, sizesOf } from '../../../scripts/measure.mjs';

let dir: string;
const island = (url: string) => `<astro-island component-url="${url}" renderer-url="/_astro/r.js"></astro-island>`;
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"a":1}</script><p>Home</p>',
  'info/index.html': '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><script src="/_astro/a.js" type="module"></script><script>console.log(1)</script>',
  'check/index.html': `<!doctype html>${island('/_astro/a.js')}<img src="/missing.png">`,
  'search/index.html': `<!doctype html>${island('/_astro/s.js')}`,
  'search-index.json': JSON.stringify({ e: Array.from({ length: 50 }, (_, i) => ({ t: `entry ${i}` })) }),
  '_astro/site.css': 'body{color:#111}',
  '_astro/a.js': 'import"./b.js";export default 1;',
  '_astro/b.js': 'export const b=2;',
  '_astro/c.js': 'export const c=3;',
  '_astro/r.js': 'export default ()=>{};',
  '_astro/s.js': 'export default 4;',
  '_astro/island.css': '.x{}',
};
const GRAPH = {
  outDir: '',
  chunks: {
    '/_astro/a.js': { imports: ['/_astro/b.js'], dynamicImports: ['/_astro/c.js'], css: ['/_astro/island.css'] },
    '/_astro/b.js': { imports: [], dynamicImports: [], css: [] },
    '/_astro/c.js': { imports: ['/_astro/b.js'], dynamicImports: [], css: [] },
    '/_astro/r.js': { imports: [], dynamicImports: [], css: [] },
    '/_astro/s.js': { imports: [], dynamicImports: [], css: [] },
  },
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'measure-'));
  for (const [file, body] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), body);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measurePage', () => {
  const measurer = () => createMeasurer(dir, { brotli: false, graph: GRAPH });

  it('follows the HTML, then the chunk graph: imports, CSS of chunks, and chunks loaded on demand', () => {
    const m = measurer().measurePage('/check/');
    expect(m.assets.map((a: { url: string; via: string }) => `${a.url} (${a.via})`)).toEqual([
      '/_astro/a.js (astro-island component-url)',
      '/_astro/b.js (imported by /_astro/a.js)',
      '/_astro/island.css (CSS of /_astro/a.js)',
      '/_astro/r.js (astro-island renderer-url)',
      '/_astro/c.js (dynamic import (loaded when used))',
    ]);
    expect(m.lazy).toEqual(['/_astro/c.js']);
    expect(m.missing).toEqual(['/missing.png (img)']);
    expect(m.requests).toBe(6);
    const gz = (f: string) => sizesOf(FILES[f], { brotli: false }).gz;
    expect(m.total.gz).toBe(['check/index.html', '_astro/a.js', '_astro/b.js', '_astro/island.css', '_astro/r.js', '_astro/c.js'].map(gz).reduce((a, b) => a + b));
    expect(m.js.gz).toBe(['_astro/a.js', '_astro/b.js', '_astro/r.js', '_astro/c.js'].map(gz).reduce((a, b) => a + b));
  });

  it('counts inline scripts as JavaScript but JSON-LD as data, and adds the data a page fetches when used', () => {
    expect(measurer().measurePage('/').js.raw).toBe(0);
    const info = measurer().measurePage('/info/');
    expect(info.inlineJs.count).toBe(1);
    expect(info.js.raw).toBe(FILES['_astro/a.js'].length + FILES['_astro/b.js'].length + FILES['_astro/c.js'].length + 'console.log(1)'.length);
    const search = measurer().measurePage('/search/');
    expect(search.fetched.raw).toBe(FILES['search-index.json'].length);
    expect(search.assets.map((a: { url: string }) => a.url)).toContain('/search-index.json');
  });

  it('refuses a JavaScript file the chunk graph does not know (a graph from another build)', () => {
    const stale = createMeasurer(dir, { brotli: false, graph: { outDir: '', chunks: {} } }).measurePage('/check/');
    expect(stale.missing).toContain("/_astro/a.js (astro-island component-url: not in the build's chunk graph)");
  });
});

describe('checkBudgets', () => {
  it('fails an information page that ships JavaScript, and passes one that does not', () => {
    const measurer = createMeasurer(dir, { brotli: false, graph: GRAPH });
    const results = checkBudgets(['/', '/info/', '/check/', '/search/'].map((p) => measurer.measurePage(p)));
    const info = results.filter((r: { budget: string }) => r.budget === 'INFO_JS');
    expect(info.map((r: { page: string; pass: boolean }) => [r.page, r.pass])).toEqual([
      ['/', true],
      ['/info/', false],
    ]);
    expect(results.filter((r: { pass: boolean }) => !r.pass)).toHaveLength(1);
    expect(results.map((r: { budget: string }) => r.budget)).toEqual(
      expect.arrayContaining(['PAGE_TOTAL_GZ', 'CHECKER_JS_GZ', 'SEARCH_INDEX_GZ']),
    );
  });
});
