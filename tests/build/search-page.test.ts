/**
 * The built search page and index: /search/ works without JavaScript (a
 * form plus the full A to Z index), the index's links all land on real
 * anchors, the index stays within its budget, and no other page loads the
 * search JavaScript or the index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/lib/search/build-index';
import { DIST as dist, ROOT as root, walk } from '../support/dist';
import { SEARCH_INDEX_GZ as INDEX_BUDGET_GZ } from '../../scripts/budgets.mjs';

const searchHtmlFile = join(dist, 'search', 'index.html');



const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Front-matter or YAML `key: "value"` of a content file (the build already validated its shape). */
function field(file: string, key: string): string {
  const raw = readFileSync(file, 'utf8').match(new RegExp(`^${key}:\\s*(.*?)\\s*$`, 'm'))?.[1] ?? '';
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
}

const contentFiles = (dir: string, ext: RegExp) => (existsSync(join(root, 'content', dir)) ? readdirSync(join(root, 'content', dir)).filter((f) => ext.test(f)).map((f) => join(root, 'content', dir, f)) : []);

describe('the built search page', () => {
  const html = readFileSync(searchHtmlFile, 'utf8');
  const az = html.slice(html.indexOf('id="a-to-z"'), html.indexOf('</main>'));
  const azLinks = [...az.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].map((m) => ({ href: decode(m[1]), text: decode(m[2]) }));

  it('has a title, a one-sentence description and the review date', () => {
    expect(html).toMatch(/<title>Search – /);
    expect(html).toMatch(/<meta name="description" content="[^".]+\.">/);
    const newest = contentFiles('pages', /\.md$/).map((f) => field(f, 'lastReviewed')).sort().at(-1);
    expect(html).toContain('Last reviewed:');
    expect(html).toContain(`<time datetime="${newest}">`);
  });

  it('has a labelled search form that works without JavaScript', () => {
    const form = html.match(/<form class="search-form"[^>]*>[\s\S]*?<\/form>/)?.[0] ?? '';
    expect(form).toMatch(/role="search"/);
    expect(form).toMatch(/action="\/search\/"/);
    expect(form).toMatch(/method="get"/);
    expect(form).toMatch(/<label for="search-q">[^<]+<\/label>/);
    expect(form).toMatch(/<input id="search-q" type="search" name="q"/);
    expect(form).toMatch(/<button type="submit">/);
    expect(html).toMatch(/role="status" aria-live="polite"/);
    expect(html).toMatch(/Without it, use the A to Z index below/);
  });

  it('lists every content page by its title in the A to Z index', () => {
    const pages = [
      ...contentFiles('pages', /\.md$/).map((f) => ({ f, url: f.endsWith(`${sep}index.md`) ? '/' : `/${f.split(sep).at(-1)!.replace(/\.md$/, '')}/` })),
      ...['checker/paths', 'checker/verdicts'].flatMap((d) => contentFiles(d, /\.md$/).map((f) => ({ f, url: `/check/result/${f.split(sep).at(-1)!.replace(/\.md$/, '')}/` }))),
    ];
    expect(pages.length).toBeGreaterThan(0);
    for (const { f, url } of pages) expect(azLinks, `${url} "${field(f, 'title')}"`).toContainEqual({ href: url, text: field(f, 'title') });
  });

  it('lists every glossary term with its anchor in the A to Z index', () => {
    const terms = contentFiles('glossary', /\.ya?ml$/);
    expect(terms.length).toBeGreaterThan(0);
    for (const f of terms) {
      const id = f.split(sep).at(-1)!.replace(/\.ya?ml$/, '');
      expect(azLinks, id).toContainEqual({ href: `/glossary/#${id}`, text: field(f, 'term') });
    }
  });

  it('lists section anchors, grouped under letters that the letter links reach', () => {
    expect(azLinks.some((l) => l.href.startsWith('/expungement/#'))).toBe(true);
    for (const letter of [...az.matchAll(/<li><a href="#(az-[a-z0-9-]+)">/g)].map((m) => m[1])) expect(az).toContain(`<h3 id="${letter}"`);
  });

  it('links only to pages and anchors that exist', () => {
    for (const { href } of azLinks.filter((l) => !l.href.startsWith('#'))) {
      const [path, id] = href.split('#');
      const file = join(dist, path, 'index.html');
      expect(existsSync(file), href).toBe(true);
      if (id) expect(readFileSync(file, 'utf8'), href).toContain(`id="${id}"`);
    }
  });
});

describe('the built search index', () => {
  const raw = readFileSync(join(dist, 'search-index.json'));
  const index = JSON.parse(raw.toString('utf8')) as SearchIndex;

  it(`stays within ${INDEX_BUDGET_GZ / 1024} KB gzipped`, () => {
    const gz = gzipSync(raw, { level: 9 }).length;
    console.info(`search-index.json: ${raw.length} bytes, ${gz} bytes gzipped, ${index.e.length} entries`);
    expect(gz).toBeLessThanOrEqual(INDEX_BUDGET_GZ);
  });

  it('has every glossary term and timeline event, and every content page', () => {
    const urls = new Set(index.e.map((e) => e.u));
    for (const f of contentFiles('glossary', /\.ya?ml$/)) expect(urls, f).toContain(`/glossary/#${f.split(sep).at(-1)!.replace(/\.ya?ml$/, '')}`);
    for (const f of contentFiles('timeline', /\.ya?ml$/)) expect(urls, f).toContain(`/history/#${f.split(sep).at(-1)!.replace(/\.ya?ml$/, '')}`);
    expect(urls).toContain('/');
    expect(urls).toContain('/expungement/');
  });

  it('points every entry at a built page and an anchor on it', () => {
    const pages = new Map<string, string>();
    for (const e of index.e) {
      const [path, id] = e.u.split('#');
      if (!pages.has(path)) {
        const file = join(dist, path, 'index.html');
        expect(existsSync(file), e.u).toBe(true);
        pages.set(path, readFileSync(file, 'utf8'));
      }
      if (id) expect(pages.get(path), e.u).toContain(`id="${id}"`);
      expect(e.t.length, e.u).toBeGreaterThan(0);
    }
  });
});

describe('search JavaScript and index load only on /search/', () => {
  const searchHtml = readFileSync(searchHtmlFile, 'utf8');
  const island = searchHtml.match(/<astro-island[^>]*component-url="([^"]+)"[^>]*opts="[^"]*SearchBox/)?.[1] ?? '';

  /** Every /_astro/*.js a page loads: scripts, modulepreloads, island modules and their imports (static and on demand). */
  function scriptsOf(pageHtml: string): Set<string> {
    const seen = new Set<string>();
    const queue = [...pageHtml.matchAll(/(?:src|href|component-url|renderer-url|before-hydration-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
    while (queue.length > 0) {
      const url = queue.pop()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const file = join(dist, url);
      if (!existsSync(file)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*\(?\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) queue.push(`/_astro/${m[1].slice(2)}`);
    }
    return seen;
  }

  it('the search page loads the island, and the island fetches the index and loads fuse.js', () => {
    expect(island).toMatch(/^\/_astro\/.+\.js$/);
    const js = [...scriptsOf(searchHtml)].map((u) => readFileSync(join(dist, u), 'utf8')).join('\n');
    expect(js).toContain('/search-index.json');
    expect(js).toMatch(/Extended search is not available|Fuse/);
  });

  it('no other page references the index or the search island', () => {
    const pages = walk(dist).filter((f) => f.endsWith('.html') && f !== searchHtmlFile);
    expect(pages.length).toBeGreaterThan(5);
    // The island, the chunks only it loads (fuse.js, the ranking code) and anything that names the index.
    const elsewhere = new Set(pages.flatMap((f) => [...scriptsOf(readFileSync(f, 'utf8'))]));
    const searchOnly = [...scriptsOf(searchHtml)].filter((u) => !elsewhere.has(u) || readFileSync(join(dist, u), 'utf8').includes('/search-index.json'));
    expect(searchOnly).toContain(island);
    for (const file of pages) {
      const page = readFileSync(file, 'utf8');
      const where = relative(dist, file);
      expect(page, where).not.toContain('search-index.json');
      expect(page, where).not.toContain(island);
      const loaded = scriptsOf(page);
      for (const u of [island, ...searchOnly]) expect(loaded.has(u), `${where} loads ${u}`).toBe(false);
    }
  });
});
