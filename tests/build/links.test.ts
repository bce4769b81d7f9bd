/**
 * Every internal link in every built HTML page resolves: to a file in dist/
 * (directory URLs to their index.html, with the trailing slash the site uses),
 * and for #fragments to an element id in the target page.
 *
 * "Internal" means relative URLs, root-relative URLs and absolute URLs on the
 * configured site origin (canonical, og:url). Links to other sites are not
 * fetched (the test runs offline).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, fileForPath, htmlFiles, requireDist, siteOrigin, urlPathOf } from '../support/dist';
import { idsOf, parseFile, type HTMLElement } from '../support/html';

requireDist();

const ORIGIN = siteOrigin();
const FILES = htmlFiles();

/** [selector, attribute] pairs whose values are URLs the page links to or loads. */
const URL_ATTRS: [string, string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['astro-island[component-url]', 'component-url'],
  ['astro-island[renderer-url]', 'renderer-url'],
  ['astro-island[before-hydration-url]', 'before-hydration-url'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
];

interface Ref {
  from: string;
  value: string;
  where: string;
}

function refsOf(root: HTMLElement, pagePath: string): Ref[] {
  const out: Ref[] = [];
  for (const [sel, attr] of URL_ATTRS) {
    for (const el of root.querySelectorAll(sel)) {
      const value = el.getAttribute(attr);
      if (value != null) out.push({ from: pagePath, value, where: `<${el.tagName.toLowerCase()} ${attr}>` });
    }
  }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) out.push({ from: pagePath, value: url, where: `<${el.tagName.toLowerCase()} srcset>` });
    }
  }
  return out;
}

const idCache = new Map<string, Set<string>>();
function idsOfFile(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(idsOf(parseFile(file)));
    idCache.set(file, ids);
  }
  return ids;
}

/** Why a reference does not resolve, or null when it does (or is external). */
function check(ref: Ref, pageFile: string): string | null {
  const raw = ref.value.trim();
  if (raw === '') return 'empty URL';
  if (/^(mailto|tel|sms|data|blob|javascript):/i.test(raw)) return /^javascript:/i.test(raw) ? 'javascript: URL' : null;
  let url: URL;
  try {
    url = new URL(raw, new URL(ref.from, ORIGIN));
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== ORIGIN) return null; // another site
  const target = fileForPath(url.pathname);
  if (!target) {
    const asDir = fileForPath(`${url.pathname}/`);
    return asDir ? `no trailing slash (the site uses trailingSlash: 'always'; ${url.pathname}/ exists)` : `no file in dist for ${url.pathname}`;
  }
  if (raw === '#') return 'empty fragment "#" (not a link target)';
  if (url.hash && url.hash.length > 1 && target.endsWith('.html')) {
    let id = url.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it raw */
    }
    if (id.startsWith(':~:')) return null; // text fragment
    if (!idsOfFile(target).has(id) && id.toLowerCase() !== 'top') {
      return `no element with id="${id}" in ${target === pageFile ? 'this page' : path.relative(DIST, target)}`;
    }
  }
  return null;
}

describe('internal links and #anchors in dist/', () => {
  test(`all ${FILES.length} HTML files have been found`, () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  test('every internal URL resolves to a file, and every #fragment to an id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of FILES) {
      const pagePath = urlPathOf(file);
      for (const ref of refsOf(parseFile(file), pagePath)) {
        checked++;
        const why = check(ref, file);
        if (why) broken.push(`${pagePath}  ${ref.where} "${ref.value}": ${why}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    // Collapse identical problems repeated across many pages (e.g. a broken link in the footer).
    const byProblem = new Map<string, string[]>();
    for (const b of broken) {
      const key = b.slice(b.indexOf('  ') + 2);
      const pages = byProblem.get(key) ?? [];
      const page = b.slice(0, b.indexOf('  '));
      if (!pages.includes(page)) pages.push(page);
      byProblem.set(key, pages);
    }
    const report = [...byProblem].map(([problem, pages]) => `${problem}\n      on ${pages.length} page(s): ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ', …' : ''}`);
    expect(report, `${broken.length} broken internal link(s):\n  ${report.join('\n  ')}`).toEqual([]);
  }, 120_000);
});
