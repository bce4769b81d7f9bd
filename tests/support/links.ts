/**
 * Why internal links of a built page do not resolve: every URL the page links to or loads,
 * on this site, must be a file in dist/ (directory URLs to their index.html, with the
 * trailing slash the site uses), and a #fragment an element id in the target page.
 * "Internal": relative and root-relative URLs, and absolute ones on the site's origin
 * (canonical, og:url). Links to other sites are not fetched (the tests run offline).
 * Used by tests/build/links.test.ts and tests/build/screening-pages.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, fileForPath, siteOrigin, urlPathOf } from './dist';
import { parseFile, parseHtml, type HTMLElement } from './html';

/** The site's origin, read from the built sitemap when first needed (after the test has checked dist/ exists). */
let origin: string | undefined;
const siteOriginOnce = () => (origin ??= siteOrigin());

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

/**
 * The ids of a page a link points into. Read from the markup, not a parsed tree: thousands of
 * checker pages are link targets (from /check/how-it-works/), and Astro and Preact always write
 * `id="…"` in double quotes, with `"` escaped inside values and text, so the scan finds exactly
 * the ids (tests/build/screening-pages.test.ts parses those pages anyway, and compares).
 */
const idCache = new Map<string, Set<string>>();
export function idsOfFile(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/<[a-zA-Z][^>]*?\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1])));
    idCache.set(file, ids);
  }
  return ids;
}

/** An id as the browser reads it: entities such as &amp; decoded (by the HTML parser, on the rare id that has one). */
const decodeEntities = (value: string) => (value.includes('&') ? (parseHtml(`<i id="${value}"></i>`).querySelector('i')?.getAttribute('id') ?? value) : value);

/** Why a reference does not resolve, or null when it does (or is external). */
function check(ref: Ref, pageFile: string): string | null {
  const raw = ref.value.trim();
  if (raw === '') return 'empty URL';
  if (/^(mailto|tel|sms|data|blob|javascript):/i.test(raw)) return /^javascript:/i.test(raw) ? 'javascript: URL' : null;
  let url: URL;
  try {
    url = new URL(raw, new URL(ref.from, siteOriginOnce()));
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== siteOriginOnce()) return null; // another site
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

/** The broken references of one built HTML file, as "<page>  <where> "<url>": <why>", and how many were checked. */
export function brokenLinksOf(file: string): { broken: string[]; checked: number } {
  const pagePath = urlPathOf(file);
  const broken: string[] = [];
  const refs = refsOf(parseFile(file), pagePath);
  for (const ref of refs) {
    const why = check(ref, file);
    if (why) broken.push(`${pagePath}  ${ref.where} "${ref.value}": ${why}`);
  }
  return { broken, checked: refs.length };
}
