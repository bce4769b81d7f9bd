/**
 * Measures what a built page costs on a first visit: the HTML plus every
 * same-origin asset it makes the browser load (stylesheets, scripts,
 * modulepreloads, Astro island component/renderer modules and all their static
 * `import`s, icons, images, data files the scripts fetch), each compressed on
 * its own as a server would send it (gzip level 9, brotli quality 11).
 *
 * Plain ESM, shared by tests/build/budgets.test.ts and scripts/bench.mjs.
 */
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { parse } from 'node-html-parser';
import { INFO_JS, PAGE_TOTAL_GZ, CHECKER_JS_GZ, SEARCH_INDEX_GZ } from './budgets.mjs';

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
 *   searchData: Sizes,
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

/** Static import specifiers of an ES module (import … from "x", import "x", export … from "x"). */
export function staticImports(code) {
  const out = new Set();
  // A statement starts at the beginning, or after ; } or whitespace (not after "-" or a quote: "component-export").
  const bare = /(?:^|[;}\s])import\s*["'`]([^"'`\n]+)["'`]/g; // import "./x.js"
  const from = /(?:^|[;}\s])(?:import|export)\s*[\w$*{][^;"'`]*?\bfrom\s*["'`]([^"'`\n]+)["'`]/g; // import {a} from "./x.js"
  for (const m of code.matchAll(bare)) out.add(m[1]);
  for (const m of code.matchAll(from)) out.add(m[1]);
  return [...out];
}

/** Dynamic import("x") specifiers (loaded on demand; counted in the total of a visit that uses them). */
export function dynamicImports(code) {
  return [...new Set([...code.matchAll(/\bimport\(\s*["'`]([^"'`\n]+)["'`]\s*\)/g)].map((m) => m[1]))];
}

/** Same-origin .json/.csv paths named in string literals of a script (e.g. a search index it fetches). */
export function fetchedDataPaths(code) {
  return [...new Set([...code.matchAll(/["'`]((?:\/|\.\.?\/)[^"'`\s?#]*\.(?:json|csv))["'`]/g)].map((m) => m[1]))];
}

/**
 * A measurer bound to one dist/ directory; caches file sizes across pages.
 * @param {string} distDir
 * @param {{ siteOrigin?: string, brotli?: boolean }} [options] absolute URLs on siteOrigin count as
 *   same-origin; brotli: false skips the (slow) brotli sizes
 */
export function createMeasurer(distDir, options = {}) {
  const dist = path.resolve(distDir);
  const siteOrigin = options.siteOrigin ?? null;
  const sizeOptions = { brotli: options.brotli ?? true };
  /** @type {Map<string, { sizes: Sizes, text: string | null }>} */
  const cache = new Map();

  function fileFor(urlPath) {
    let p = urlPath.split('#')[0].split('?')[0];
    try {
      p = decodeURIComponent(p);
    } catch {
      return null;
    }
    const f = path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
    if (!f.startsWith(dist)) return null;
    const st = statSync(f, { throwIfNoEntry: false });
    return st?.isFile() ? f : null;
  }

  function load(file) {
    let entry = cache.get(file);
    if (!entry) {
      const buf = readFileSync(file);
      const k = kindOf(file);
      entry = { sizes: sizesOf(buf, sizeOptions), text: k === 'js' || k === 'css' || k === 'html' ? buf.toString('utf8') : null };
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
    const searchData = [];

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
      if (kind === 'js' && entry.text) {
        for (const spec of staticImports(entry.text)) visit(spec, p, `import in ${p}`);
        for (const spec of dynamicImports(entry.text)) {
          const d = resolveRef(spec, p);
          if (d && !assets.has(d)) lazy.add(d);
        }
        for (const spec of fetchedDataPaths(entry.text)) {
          const d = resolveRef(spec, spec.startsWith('/') ? '/' : urlPath);
          if (d && fileFor(d)) {
            visit(d, '/', `fetched by ${p}`, 'data');
            searchData.push(d);
          }
        }
      }
      if (kind === 'css' && entry.text) {
        for (const m of entry.text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) visit(m[1], p, `@import in ${p}`);
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
        const code = el.rawText ?? '';
        if (code.trim()) {
          inlineJs = { ...add(inlineJs, sizesOf(code, sizeOptions)), count: inlineJs.count + 1 };
          for (const spec of staticImports(code)) visit(spec, urlPath, 'import in inline script');
          for (const spec of dynamicImports(code)) {
            const d = resolveRef(spec, urlPath);
            if (d) lazy.add(d);
          }
        }
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
    // Data files named in data-* attributes (e.g. <div data-index="/search/index.json">) are fetched by scripts.
    for (const el of root.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (name.startsWith('data-') && /^\/[^\s]*\.(json|csv)$/.test(value) && fileFor(value)) {
          visit(value, urlPath, `${el.tagName.toLowerCase()} ${name}`, 'data');
          searchData.push(value);
        }
      }
    }
    // Chunks loaded on demand (fuse.js once someone searches) are requests of a visit that uses the page,
    // so they count in its first-visit total ("all requests included").
    for (const l of [...lazy]) {
      if (assets.has(l)) lazy.delete(l);
      else visit(l, '/', 'dynamic import (loaded when used)');
    }

    const list = [...assets.values()];
    /** @type {Record<Kind, Sizes>} */
    const byKind = { html: htmlEntry.sizes, css: zero(), js: zero(), data: zero(), image: zero(), font: zero(), other: zero() };
    for (const a of list) byKind[a.kind] = add(byKind[a.kind], a);
    const total = list.reduce((acc, a) => add(acc, a), htmlEntry.sizes);
    const js = add(byKind.js, inlineJs);
    const searchSizes = [...new Set(searchData.map((d) => resolveRef(d, urlPath)))]
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
      searchData: searchSizes,
    };
  }

  return { measurePage, fileFor };
}

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
      results.push({ page: m.path, budget: 'CHECKER_JS_GZ', limit: CHECKER_JS_GZ, actual: m.js.gz, pass: m.js.gz <= CHECKER_JS_GZ });
    } else {
      const actual = m.searchData.gz;
      results.push({ page: m.path, budget: 'SEARCH_INDEX_GZ', limit: SEARCH_INDEX_GZ, actual, pass: actual <= SEARCH_INDEX_GZ, detail: `index ${m.searchData.gz}; search JS ${m.js.gz}` });
    }
  }
  return results;
}

/** Every .html file under dist as a site path ("/", "/policy/", "/404.html"). */
export function htmlPaths(distDir) {
  const dist = path.resolve(distDir);
  const out = [];
  const walkDir = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walkDir(p);
      else if (e.name.endsWith('.html')) {
        const rel = path.relative(dist, p).split(path.sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`);
      }
    }
  };
  if (existsSync(dist)) walkDir(dist);
  return out.sort();
}

/** The paths listed in dist/sitemap-*.xml, with the configured origin dropped. */
export function sitemapPathsOf(distDir) {
  const dist = path.resolve(distDir);
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => [...readFileSync(path.join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim().replace(/&amp;/g, '&')));
  return { origin: urls.length ? new URL(urls[0]).origin : null, paths: [...new Set(urls.map((u) => new URL(u).pathname))] };
}

/** "12.3 KB" */
export function kb(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
