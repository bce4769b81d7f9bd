/**
 * Measures what a built page costs on a first visit: the HTML plus every same-origin
 * asset it makes the browser load — stylesheets, scripts, modulepreloads, Astro island
 * component/renderer modules, icons and images named in its HTML (parsed with
 * node-html-parser), then every chunk those scripts import and the CSS they bring, as the
 * build's own chunk graph records them (scripts/chunk-graph.mjs), including chunks loaded
 * on demand and the data a page fetches when used (FETCHED_WHEN_USED) — each compressed
 * on its own as a server would send it (gzip level 9, brotli quality 11).
 *
 * The browser tests check the other direction: a page loads nothing that this does not
 * count (tests/e2e/pages.test.ts, and tests/e2e/search.test.ts for a search).
 *
 * Plain ESM, shared by tests/build/budgets.test.ts and scripts/bench.mjs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { parse } from 'node-html-parser';
import { INFO_JS, PAGE_TOTAL_GZ, CHECKER_JS_GZ, CHECKER_RESULT_JS_GZ, SEARCH_INDEX_GZ, FETCHED_WHEN_USED } from './budgets.mjs';
import { readChunkGraph } from './chunk-graph.mjs';
import { fileForSitePath } from './dist-files.mjs';

/** @typedef {'html'|'css'|'js'|'data'|'image'|'font'|'other'} Kind */
/** @typedef {{ raw: number, gz: number, br: number }} Sizes */
/** @typedef {{ url: string, kind: Kind, via: string } & Sizes} Asset */
/**
 * @typedef {{
 *   path: string,
 *   html: Sizes,
 *   inlineJs: Sizes & { count: number },
 *   assets: Asset[],
 *   lazy: string[],
 *   missing: string[],
 *   requests: number,
 *   total: Sizes,
 *   byKind: Record<Kind, Sizes>,
 *   js: Sizes,
 *   fetched: Sizes,
 * }} PageMeasure
 */

/**
 * gzip (level 9) and brotli (quality 11) sizes of a buffer. Brotli at quality 11 is
 * slow, so it can be skipped (br = 0) where only gzip is needed (the budget test).
 * @param {Buffer | string} buf
 * @param {{ brotli?: boolean }} [options]
 * @returns {Sizes}
 */
export function sizesOf(buf, options = {}) {
  const data = typeof buf === 'string' ? Buffer.from(buf) : buf;
  return {
    raw: data.length,
    gz: data.length === 0 ? 0 : gzipSync(data, { level: 9 }).length,
    br:
      data.length === 0 || options.brotli === false
        ? 0
        : brotliCompressSync(data, {
            params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }).length,
  };
}

const zero = () => ({ raw: 0, gz: 0, br: 0 });
const add = (a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz, br: a.br + b.br });

/** Script types that are data, not executable JavaScript. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|application\/.*\+json|text\/template|text\/plain|importmap|speculationrules)$/i;

function kindOf(file) {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.json' || ext === '.csv' || ext === '.xml' || ext === '.txt') return 'data';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
  if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
  return 'other';
}

/**
 * A measurer bound to one dist/ directory; caches file sizes across pages.
 * @param {string} distDir
 * @param {{ siteOrigin?: string, brotli?: boolean, graph?: import('./chunk-graph.mjs').ChunkGraph }} [options] absolute
 *   URLs on siteOrigin count as same-origin; brotli: false skips the (slow) brotli sizes; graph: the chunk
 *   graph to follow (default: the one the build of distDir recorded)
 */
export function createMeasurer(distDir, options = {}) {
  const dist = path.resolve(distDir);
  const siteOrigin = options.siteOrigin ?? null;
  const sizeOptions = { brotli: options.brotli ?? true };
  /** @type {Map<string, { sizes: Sizes, text: string | null }>} */
  const cache = new Map();

  const graph = options.graph ?? readChunkGraph(dist);
  const fileFor = (/** @type {string} */ urlPath) => fileForSitePath(dist, urlPath);

  function load(file) {
    let entry = cache.get(file);
    if (!entry) {
      const buf = readFileSync(file);
      const k = kindOf(file);
      entry = { sizes: sizesOf(buf, sizeOptions), text: k === 'html' ? buf.toString('utf8') : null };
      cache.set(file, entry);
    }
    return entry;
  }

  /** Resolves a reference found on `base` (a site path) to a site path, or null when it is another origin / not a file URL. */
  function resolveRef(ref, base) {
    if (!ref) return null;
    const r = ref.trim();
    if (/^(data|blob|mailto|tel|javascript|about):/i.test(r) || r.startsWith('#')) return null;
    let u;
    try {
      u = new URL(r, new URL(base, 'http://same.invalid'));
    } catch {
      return null;
    }
    if (u.origin === 'http://same.invalid' || (siteOrigin && u.origin === siteOrigin)) return u.pathname;
    return null;
  }

  /**
   * @param {string} urlPath site path of the page, e.g. "/policy/"
   * @returns {PageMeasure}
   */
  function measurePage(urlPath) {
    const htmlFile = fileFor(urlPath);
    if (!htmlFile) throw new Error(`measure: no file in ${dist} for ${urlPath}`);
    const htmlEntry = load(htmlFile);
    const html = htmlEntry.text ?? '';
    const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });

    /** @type {Map<string, Asset>} */
    const assets = new Map();
    const lazy = new Set();
    const missing = new Set();
    let inlineJs = { ...zero(), count: 0 };
    /** @type {string[]} */
    const fetched = [];

    /** Counts the file behind a reference once; follows a script's chunks in the chunk graph. */
    const visit = (ref, base, via, forcedKind) => {
      const p = resolveRef(ref, base);
      if (!p || assets.has(p)) return;
      const file = fileFor(p);
      if (!file) {
        missing.add(`${p} (${via})`);
        return;
      }
      const entry = load(file);
      const kind = forcedKind ?? kindOf(file);
      assets.set(p, { url: p, kind, via, ...entry.sizes });
      const chunk = graph.chunks[p];
      if (chunk) {
        for (const c of chunk.imports) visit(c, '/', `imported by ${p}`);
        for (const c of chunk.css) visit(c, '/', `CSS of ${p}`);
        for (const c of chunk.dynamicImports) if (!assets.has(c)) lazy.add(c);
      } else if (kind === 'js' && p.startsWith('/_astro/')) {
        missing.add(`${p} (${via}: not in the build's chunk graph)`);
      }
    };

    for (const el of root.querySelectorAll('link[href]')) {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const href = el.getAttribute('href') ?? '';
      if (rel.includes('stylesheet')) visit(href, urlPath, 'link rel=stylesheet');
      else if (rel.includes('modulepreload')) visit(href, urlPath, 'link rel=modulepreload', 'js');
      else if (rel.includes('preload')) visit(href, urlPath, `link rel=preload as=${el.getAttribute('as') ?? '?'}`);
      else if (rel.includes('icon') || rel.includes('shortcut')) visit(href, urlPath, 'link rel=icon');
      else if (rel.includes('manifest')) visit(href, urlPath, 'link rel=manifest');
    }
    for (const el of root.querySelectorAll('script')) {
      const type = (el.getAttribute('type') ?? '').trim();
      if (DATA_SCRIPT.test(type)) continue;
      const src = el.getAttribute('src');
      if (src) visit(src, urlPath, 'script src', 'js');
      else {
        // Astro's own inline scripts (island loader and hydration): counted as they are; they import nothing.
        const code = el.rawText ?? '';
        if (code.trim()) inlineJs = { ...add(inlineJs, sizesOf(code, sizeOptions)), count: inlineJs.count + 1 };
      }
    }
    for (const el of root.querySelectorAll('astro-island')) {
      for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const v = el.getAttribute(attr);
        if (v) visit(v, urlPath, `astro-island ${attr}`, 'js');
      }
    }
    for (const el of root.querySelectorAll('img[src], input[type=image][src], video[poster], source[srcset], img[srcset]')) {
      const src = el.getAttribute('src') ?? el.getAttribute('poster');
      if (src) visit(src, urlPath, el.tagName.toLowerCase());
      const srcset = el.getAttribute('srcset');
      // A browser loads one candidate of a srcset; count the first.
      if (srcset) visit(srcset.split(',')[0].trim().split(/\s+/)[0], urlPath, `${el.tagName.toLowerCase()} srcset`);
    }
    // Chunks loaded on demand (fuse.js once someone searches) and the data a page's scripts fetch when used
    // are requests of a visit that uses the page, so they count in its first-visit total ("all requests included").
    for (const l of lazy) if (assets.has(l)) lazy.delete(l); // loaded at once anyway
    for (let pending = [...lazy]; pending.length; pending = [...lazy].filter((l) => !assets.has(l))) {
      for (const l of pending) visit(l, '/', LAZY);
    }
    for (const d of FETCHED_WHEN_USED[urlPath] ?? []) {
      visit(d, '/', 'fetched by a script when used', 'data');
      fetched.push(d);
    }

    const list = [...assets.values()];
    /** @type {Record<Kind, Sizes>} */
    const byKind = { html: htmlEntry.sizes, css: zero(), js: zero(), data: zero(), image: zero(), font: zero(), other: zero() };
    for (const a of list) byKind[a.kind] = add(byKind[a.kind], a);
    const total = list.reduce((acc, a) => add(acc, a), htmlEntry.sizes);
    const js = add(byKind.js, inlineJs);
    const fetchedSizes = [...new Set(fetched.map((d) => resolveRef(d, urlPath)))]
      .map((d) => (d ? assets.get(d) : undefined))
      .filter((a) => a !== undefined)
      .reduce((acc, a) => add(acc, a), zero());
    return {
      path: urlPath,
      html: htmlEntry.sizes,
      inlineJs,
      assets: list,
      lazy: [...lazy],
      missing: [...missing],
      requests: 1 + list.length,
      total,
      byKind,
      js,
      fetched: fetchedSizes,
    };
  }

  return { measurePage, fileFor };
}

/** How a chunk loaded only when a script asks for it (a dynamic import) is marked. */
const LAZY = 'dynamic import (loaded when used)';

/** What kind of page a site path is, for budgets and reports. */
export function pageType(urlPath) {
  if (/^\/check(\/|$)/.test(urlPath)) return 'checker';
  if (/^\/search(\/|$)/.test(urlPath)) return 'search';
  return 'info';
}

/**
 * Checks the budgets of scripts/budgets.mjs against measured pages.
 * @param {PageMeasure[]} pages
 * @returns {{ page: string, budget: string, limit: number, actual: number, pass: boolean, detail?: string }[]}
 */
export function checkBudgets(pages) {
  const results = [];
  for (const m of pages) {
    const type = pageType(m.path);
    results.push({ page: m.path, budget: 'PAGE_TOTAL_GZ', limit: PAGE_TOTAL_GZ, actual: m.total.gz, pass: m.total.gz <= PAGE_TOTAL_GZ });
    if (type === 'info') {
      const jsFiles = m.assets.filter((a) => a.kind === 'js').map((a) => a.url);
      const detail = [...jsFiles, ...(m.inlineJs.count ? [`${m.inlineJs.count} inline <script>`] : [])].join(', ');
      results.push({ page: m.path, budget: 'INFO_JS', limit: INFO_JS, actual: m.js.raw, pass: m.js.raw <= INFO_JS, detail: detail || undefined });
    } else if (type === 'checker') {
      const js = m.assets.filter((a) => a.kind === 'js');
      const lazy = js.filter((a) => a.via === LAZY).reduce((sum, a) => sum + a.gz, 0);
      const eager = m.js.gz - lazy;
      results.push({ page: m.path, budget: 'CHECKER_JS_GZ', limit: CHECKER_JS_GZ, actual: eager, pass: eager <= CHECKER_JS_GZ });
      results.push({ page: m.path, budget: 'CHECKER_RESULT_JS_GZ', limit: CHECKER_RESULT_JS_GZ, actual: lazy, pass: lazy <= CHECKER_RESULT_JS_GZ });
    } else {
      const actual = m.fetched.gz;
      results.push({ page: m.path, budget: 'SEARCH_INDEX_GZ', limit: SEARCH_INDEX_GZ, actual, pass: actual <= SEARCH_INDEX_GZ, detail: `index ${m.fetched.gz}; search JS ${m.js.gz}` });
    }
  }
  return results;
}

/** "12.3 KB" */
export function kb(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
