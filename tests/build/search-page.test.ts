/**
 * The built search page and index: /search/ works without JavaScript (a
 * form plus the full A to Z index), the index's links all land on real
 * anchors, and no other page loads the search JavaScript or the index (what a
 * page loads is what scripts/measure.mjs counts from its HTML and the build's chunk
 * graph). The index's byte budget is checked in budgets.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/lib/search/build-index';
import { DIST, fileForPath, htmlFiles, siteOrigin, urlPathOf } from '../support/dist';
import { contentPages, markdownEntries, yamlEntries } from '../support/content';
import { parseFile } from '../support/html';
import { pageFamilies } from '../support/pages';
import { createMeasurer } from '../../scripts/measure.mjs';
import { FETCHED_WHEN_USED } from '../../scripts/budgets.mjs';

const searchFile = fileForPath('/search/')!;
const INDEX_PATH = FETCHED_WHEN_USED['/search/'][0];

const BUILT = htmlFiles().map(urlPathOf);
/** The built page whose address ends with /<id>/ (the checker's explanation pages are named after their content file). */
const builtPageNamed = (id: string) => BUILT.find((p) => p.endsWith(`/${id}/`));

describe('the built search page', () => {
  const root = parseFile(searchFile);
  const main = root.querySelector('main')!;
  const az = root.querySelector('section.az')!;
  const azLinks = az.querySelectorAll('a').map((a) => ({ href: a.getAttribute('href') ?? '', text: a.text }));

  it('has a title, a one-sentence description and the review date', () => {
    expect(root.querySelector('title')?.text).toMatch(/^Search – /);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^[^.]+\.$/);
    const newest = contentPages().map((p) => p.lastReviewed).sort().at(-1);
    expect(main.text).toContain('Last reviewed:');
    expect(main.querySelector(`time[datetime="${newest}"]`)).not.toBeNull();
  });

  it('has a labelled search form that works without JavaScript', () => {
    const form = main.querySelector('form.search-form')!;
    expect(form.getAttribute('role')).toBe('search');
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelector('label[for="search-q"]')?.text.trim()).not.toBe('');
    const input = form.querySelector('input#search-q')!;
    expect([input.getAttribute('type'), input.getAttribute('name')]).toEqual(['search', 'q']);
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
    expect(main.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
    expect(main.text).toMatch(/Without it, use the A to Z index below/);
  });

  it('lists every content page and checker explanation page by its title in the A to Z index', () => {
    const explanations = [...markdownEntries('screening/paths'), ...markdownEntries('screening/verdicts')];
    const pages = [
      ...contentPages().map((p) => ({ url: p.url, title: p.title })),
      ...explanations.map((e) => ({ url: builtPageNamed(e.id) ?? `(no page for ${e.id})`, title: String(e.data.title) })),
    ];
    expect(explanations.length).toBeGreaterThan(0);
    for (const { url, title } of pages) expect(azLinks, `${url} "${title}"`).toContainEqual({ href: url, text: title });
  });

  it('lists every glossary term with its anchor in the A to Z index', () => {
    const terms = yamlEntries('glossary');
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect(azLinks, t.id).toContainEqual({ href: `/glossary/#${t.id}`, text: String(t.data.term) });
  });

  it('lists section anchors, grouped under letters that the letter links reach', () => {
    expect(azLinks.some((l) => l.href.startsWith('/expungement/#'))).toBe(true);
    const letters = az.querySelectorAll('ul.az-letters a').map((a) => a.getAttribute('href')!.slice(1));
    expect(letters.length).toBeGreaterThan(5);
    for (const id of letters) expect(az.querySelector(`h3[id="${id}"]`), id).not.toBeNull();
  });

  it('links only to pages and anchors that exist', () => {
    for (const { href } of azLinks.filter((l) => !l.href.startsWith('#'))) {
      const [path, id] = href.split('#');
      const file = fileForPath(path);
      expect(file, href).not.toBeNull();
      if (id) expect(parseFile(file!).getElementById(id), href).not.toBeNull();
    }
  });
});

describe('the built search index', () => {
  const index = JSON.parse(readFileSync(fileForPath(INDEX_PATH)!, 'utf8')) as SearchIndex;

  it('has every glossary term and timeline event, and every content page', () => {
    const urls = new Set(index.e.map((e) => e.u));
    for (const t of yamlEntries('glossary')) expect(urls, t.id).toContain(`/glossary/#${t.id}`);
    for (const e of yamlEntries('timeline')) expect(urls, e.id).toContain(`/history/#${e.id}`);
    for (const p of contentPages()) expect(urls, p.url).toContain(p.url);
  });

  it('points every entry at a built page and an anchor on it', () => {
    for (const e of index.e) {
      const [path, id] = e.u.split('#');
      const file = fileForPath(path);
      expect(file, e.u).not.toBeNull();
      if (id) expect(parseFile(file!).getElementById(id), e.u).not.toBeNull();
      expect(e.t.length, e.u).toBeGreaterThan(0);
    }
  });
});

describe('search JavaScript and index load only on /search/', () => {
  const measurer = createMeasurer(DIST, { siteOrigin: siteOrigin(), brotli: false });
  /** Everything a visit loads, at once or when used (scripts/measure.mjs). */
  const loaded = (path: string) => new Set(measurer.measurePage(path).assets.map((a) => a.url));
  const island = parseFile(searchFile)
    .querySelectorAll('astro-island')
    .find((el) => /"SearchBox"/.test(el.getAttribute('opts') ?? ''))
    ?.getAttribute('component-url');
  // Every page template: every sitemap page, the 404 page and a sample of each family of per-answer pages.
  const others = [...pageFamilies('sitemap').flatMap((f) => f.tested), '/404.html'].filter((p) => p !== '/search/');

  it('the search page loads the island, and searching loads the search chunk and fetches the index', () => {
    expect(island).toMatch(/^\/_astro\/.+\.js$/);
    const search = measurer.measurePage('/search/');
    expect(search.assets.map((a) => a.url)).toContain(island);
    expect(search.assets.map((a) => a.url)).toContain(INDEX_PATH);
    expect(search.lazy.length, 'no chunk is loaded on demand').toBeGreaterThan(0);
  });

  it('no other page names the index or loads the search island or the chunks only it loads', () => {
    expect(others.length).toBeGreaterThan(5);
    const elsewhere = new Set(others.flatMap((p) => [...loaded(p)]));
    const searchOnly = [...loaded('/search/')].filter((u) => !elsewhere.has(u));
    expect(searchOnly).toContain(island);
    expect(searchOnly).toContain(INDEX_PATH);
    for (const p of others) expect(readFileSync(fileForPath(p)!, 'utf8'), p).not.toContain(INDEX_PATH);
  });
});
