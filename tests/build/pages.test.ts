/**
 * The built information pages: each shows its title, its numbered sources
 * with links, and its review date; the sitemap lists every page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST as dist, ROOT as root, requireDist } from '../support/dist';

const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const idsIn = (dir: string) => readdirSync(join(root, 'content', dir)).map((f) => f.replace(/\.(ya?ml|md)$/, ''));

/** Front matter values of a content page (the build already validated their shape). */
function frontMatter(file: string) {
  const block = readFileSync(join(root, 'content/pages', file), 'utf8').split('---')[1];
  const field = (name: string) => block.match(new RegExp(`^${name}:\\s*"?(.*?)"?\\s*$`, 'm'))?.[1] ?? '';
  const sources = field('sources').replace(/[[\]]/g, '').split(',').map((s) => s.trim()).filter(Boolean);
  return { title: field('title'), lastReviewed: field('lastReviewed'), sources };
}

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();

/** The address a source's entry links first: its original (url), or the labelled copy when no original is known. */
const sourceUrl = (id: string) => {
  const text = readFileSync(join(root, 'content/sources', `${id}.yaml`), 'utf8');
  return (text.match(/^url:\s*"?(.*?)"?\s*$/m) ?? text.match(/^copyUrl:\s*"?(.*?)"?\s*$/m))![1];
};

const CONTENT_PAGES: [string, string][] = [
  ['', 'index.md'], ['policy', 'policy.md'], ['history', 'history.md'], ['expungement', 'expungement.md'],
  ['relief', 'relief.md'], ['glossary', 'glossary.md'], ['help', 'help.md'], ['sources', 'sources.md'], ['about', 'about.md'],
];

beforeAll(requireDist);

describe('built information pages', () => {
  it.each(CONTENT_PAGES)('/%s/ shows its title, review date, numbered sources and a citation', (path, file) => {
    const html = read(path);
    const fm = frontMatter(file);
    expect(decode(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '')).toBe(fm.title.replace(/\\"/g, '"'));
    expect(html).toContain(`<time datetime="${fm.lastReviewed}">`);
    expect(html).toContain('Last reviewed:');
    // Every source of the front matter is in the numbered list, in order, under its frozen anchor, with its link.
    const list = html.match(/<ol class="source-list"[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
    const items = [...list.matchAll(/<li id="source-([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(items.length).toBeGreaterThanOrEqual(fm.sources.length);
    fm.sources.forEach((id, i) => {
      expect(items[i][1]).toBe(id);
      expect(items[i][2]).toContain(`href="${sourceUrl(id).replace(/&/g, '&amp;')}"`);
    });
    // Each numbered mark in the text points to an entry that exists, shows its number, and no raw marker is left.
    const marks = [...html.matchAll(/<a href="#source-([a-z0-9-]+)"[^>]*aria-label="Source (\d+)">\[(\d+)\]<\/a>/g)];
    expect(marks.length).toBeGreaterThan(0);
    const order = items.map((m) => m[1]);
    for (const [, id, n, shown] of marks) {
      expect(order).toContain(id);
      expect(Number(n)).toBe(order.indexOf(id) + 1);
      expect(shown).toBe(n);
    }
    expect(html).not.toMatch(/\[@[a-z0-9-]+\]/);
    expect(html).toContain('Cite this page');
    expect(html).toMatch(/<script type="application\/ld\+json">[^<]*"dateModified":"\d{4}-\d{2}-\d{2}"/);
    expect(html).toMatch(/<script type="application\/ld\+json">[^<]*"datePublished":"\d{4}-\d{2}-\d{2}"/);
  });

  it('renders every timeline event on /history/ and every term on /glossary/ with its anchor', () => {
    const history = read('history');
    const glossary = read('glossary');
    for (const id of idsIn('timeline')) expect(history).toContain(`id="${id}"`);
    for (const id of idsIn('glossary')) expect(glossary).toContain(`<dt id="${id}"`);
  });

  it('lists every page meant for search engines in the sitemap, and no per-answer checker page', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    for (const path of ['/', '/policy/', '/history/', '/expungement/', '/relief/', '/glossary/', '/help/', '/sources/', '/about/', '/updates/', '/search/', '/check/', '/check/how-it-works/']) {
      expect(paths).toContain(path);
    }
    for (const id of [...idsIn('checker/paths'), ...idsIn('checker/verdicts')]) expect(paths).toContain(`/check/result/${id}/`);
    expect(paths.some((p) => p.startsWith('/check/step/') || p.startsWith('/check/answers/'))).toBe(false);
    expect(paths).not.toContain('/404/');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
