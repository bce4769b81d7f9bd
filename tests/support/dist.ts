/**
 * Helpers for tests that read the built site: where dist/ is, which pages it
 * has, what the sitemap lists. `npm test` builds first; set DIST_DIR to test
 * another build output.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.resolve(process.env.DIST_DIR ?? path.join(ROOT, 'dist'));

/** Fails loudly (rather than passing on nothing) when there is no build to test. */
export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No built site at ${DIST} (index.html missing). Run \`npm run build\` first (npm test does).`);
  }
}

/** Every file under dir (absolute paths), sorted. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) visit(p);
      else out.push(p);
    }
  };
  if (existsSync(dir)) visit(dir);
  return out.sort();
}

/** Every .html file in dist/ (absolute paths), sorted. */
export function htmlFiles(): string[] {
  return walk(DIST).filter((f) => f.endsWith('.html'));
}

/** dist/policy/index.html → "/policy/", dist/404.html → "/404.html". */
export function urlPathOf(file: string): string {
  const rel = path.relative(DIST, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** "/policy/" → dist/policy/index.html; "/data/x.json" → dist/data/x.json; null when nothing is there. */
export function fileForPath(urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(DIST, p.endsWith('/') ? `${p}index.html` : p);
  if (!candidate.startsWith(DIST)) return null;
  return statSync(candidate, { throwIfNoEntry: false })?.isFile() ? candidate : null;
}

/** The <loc> URLs of dist/sitemap-*.xml (all sitemap files listed by sitemap-index.xml, or sitemap-0.xml). */
export function sitemapUrls(): string[] {
  const files = walk(DIST).filter((f) => /\/sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap-N.xml in ${DIST}`);
  const urls = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeXml(m[1].trim())));
  return [...new Set(urls)];
}

/** The paths (with query) of the sitemap URLs, e.g. "/policy/". The configured site origin is dropped. */
export function sitemapPaths(): string[] {
  return sitemapUrls().map((u) => {
    const url = new URL(u);
    return url.pathname + url.search;
  });
}

function decodeXml(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** The configured site origin, read from the built sitemap (it follows astro.config's `site`). */
export function siteOrigin(): string {
  return new URL(sitemapUrls()[0]).origin;
}

/** Information pages: everything except the checker (/check/**) and search (/search/**). */
export function isInfoPath(urlPath: string): boolean {
  return !/^\/(check|search)(\/|$)/.test(urlPath);
}

let sitemapSet: Set<string> | null = null;

/**
 * The checker's per-answer pages (question steps reached with earlier answers, and
 * answer-specific results): pages under /check/ that are not in the sitemap. They
 * are noindex and number in the hundreds; /check/ itself and the permanent pages
 * under /check/ (how it works, /check/result/<id>/ explanations) are in the sitemap.
 */
export function isCheckerStepPath(urlPath: string): boolean {
  if (!urlPath.startsWith('/check/') || urlPath === '/check/') return false;
  sitemapSet ??= new Set(sitemapPaths().map((p) => p.split('?')[0]));
  return !sitemapSet.has(urlPath.split('?')[0]);
}

/** Evenly spaced sample of n items (always includes the first and last). */
export function sample<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.round((i * (items.length - 1)) / (n - 1))]);
  return [...new Set(out)];
}
