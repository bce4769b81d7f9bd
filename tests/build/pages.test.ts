/**
 * The built information pages, one per content/pages/*.md (the list comes from the
 * content, so a new Markdown file is tested as soon as it exists): each is built at its
 * address and shows its title, its numbered sources with links, and its review date.
 * The sitemap lists exactly the pages meant for search engines: every page not marked
 * noindex, and none that is. Every change-log entry is listed on each page it touched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, fileForPath, htmlFiles, requireDist, sitemapPaths, urlPathOf } from '../support/dist';
import { contentIds, contentPages, yamlEntries } from '../support/content';
import { headParsed, parseFile, robotsOf } from '../support/html';

const PAGES = contentPages();
/**
 * The address a source's entry links: its original (url), or the labelled copy (copyUrl) when no original is known;
 * null for a source read only on a reprint on a refused host, which links nothing.
 */
const sourceUrl = new Map(yamlEntries('sources').map((s) => [s.id, s.data.url ?? s.data.copyUrl ?? null]));

beforeAll(requireDist);

describe('built information pages', () => {
  it('there is one per content/pages/*.md, the home page among them', () => {
    expect(PAGES.map((p) => p.url)).toContain('/');
    expect(PAGES.length).toBeGreaterThan(1);
  });

  it.each(PAGES.map((p) => [p.url, p] as const))('%s is built and shows its title, review date, numbered sources and a citation', (url, page) => {
    const file = fileForPath(url);
    expect(file, `content/pages/${page.id}.md has no built page at ${url}`).not.toBeNull();
    const root = parseFile(file!);
    const main = root.querySelector('main')!;
    expect(root.querySelector('h1')?.text.trim()).toBe(page.title);
    expect(main.querySelector(`time[datetime="${page.lastReviewed}"]`), `time datetime=${page.lastReviewed}`).not.toBeNull();
    expect(main.text).toContain('Last reviewed:');
    // Every source of the front matter is in the numbered list, in order, with its link.
    const items = root.querySelectorAll('ol.source-list > li');
    expect(items.length).toBeGreaterThanOrEqual(page.sources.length);
    page.sources.forEach((id, i) => {
      const hrefs = items[i].querySelectorAll('a').map((a) => a.getAttribute('href'));
      const expected = sourceUrl.get(id);
      if (expected) expect(hrefs, id).toContain(String(expected));
      else expect(hrefs.filter((h) => h && /^https?:/.test(h)), `${id} is read on a reprint and links nothing outside the site`).toEqual([]);
    });
    // Each numbered mark in the text points to an entry of the list and shows that entry's number; no raw marker is left.
    const order = items.map((li) => li.getAttribute('id'));
    const marks = main.querySelectorAll('a[href^="#source-"]').filter((a) => !a.closest('ol.source-list'));
    expect(marks.length).toBeGreaterThan(0);
    for (const a of marks) {
      const target = a.getAttribute('href')!.slice(1);
      expect(order, a.toString()).toContain(target);
      expect(a.text.trim(), a.toString()).toBe(`[${order.indexOf(target) + 1}]`);
    }
    expect(main.text).not.toMatch(/\[@[a-z0-9-]+\]/);
    expect(main.text).toContain('Cite this page');
    const ld = root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.rawText) as { dateModified?: string });
    expect(ld.map((d) => d.dateModified)).toContain(page.lastReviewed);
  });

  it('renders every timeline event on /history/ and every term on /glossary/ with its anchor', () => {
    const history = parseFile(fileForPath('/history/')!);
    const glossary = parseFile(fileForPath('/glossary/')!);
    for (const id of contentIds('timeline')) expect(history.getElementById(id), id).not.toBeNull();
    for (const id of contentIds('glossary')) expect(glossary.querySelector(`dt[id="${id}"]`), id).not.toBeNull();
  });
});

describe('the sitemap', () => {
  const sitemap = new Set(sitemapPaths());
  const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), noindex: /noindex/.test(robotsOf(headParsed(f))) }));

  it('lists every page not marked noindex, and no page that is', () => {
    const missing = pages.filter((p) => !p.noindex && !sitemap.has(p.path)).map((p) => p.path);
    const listedNoindex = pages.filter((p) => p.noindex && sitemap.has(p.path)).map((p) => p.path);
    expect(missing, 'indexable pages missing from the sitemap').toEqual([]);
    expect(listedNoindex, 'noindex pages in the sitemap').toEqual([]);
    expect([...sitemap].filter((p) => !fileForPath(p)), 'sitemap URLs with no page').toEqual([]);
  });

  it('lists every information page and every checker explanation page; the 404 page and per-answer pages are noindex', () => {
    for (const page of PAGES) expect(sitemap, page.url).toContain(page.url);
    const explanations = [...contentIds('screening/paths'), ...contentIds('screening/verdicts')];
    expect(explanations.length).toBeGreaterThan(0);
    for (const id of explanations) {
      const built = pages.filter((p) => p.path.endsWith(`/${id}/`));
      expect(built.length, `no built page for checker explanation "${id}"`).toBeGreaterThan(0);
      for (const p of built) expect(sitemap, p.path).toContain(p.path);
    }
    expect(pages.find((p) => p.path === '/404.html')?.noindex).toBe(true);
    // The checker's per-answer pages are most of the site; they must not crowd search results.
    expect(pages.filter((p) => p.noindex).length).toBeGreaterThan(pages.length / 2);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});

describe('the change log', () => {
  it.each(yamlEntries('updates').map((u) => [u.id, u] as const))('%s is linked from every page it touched', (id, update) => {
    for (const page of update.data.pages as string[]) {
      const file = fileForPath(page);
      expect(file, `${id} names ${page}, which is not built`).not.toBeNull();
      expect(parseFile(file!).querySelectorAll(`.page-changes a[href="/updates/#${id}"]`).length, `${page} does not list ${id}`).toBe(1);
    }
  });
});
