/**
 * The built site on disk: which files a build directory (dist/) holds and how
 * site paths map to files and back. The one place that walks dist/ and maps
 * URL ↔ file, shared by the server (serve-dist.mjs), the byte measurement
 * (measure.mjs), the bench and the tests (tests/support/dist.ts).
 *
 * Plain ESM for Node (no TypeScript), so scripts run without a build step.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

/**
 * Every file under dir (absolute paths), sorted; [] when dir does not exist.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesIn(dir) {
  const root = path.resolve(dir);
  /** @type {import('node:fs').Dirent[]} */
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') return [];
    throw err;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * Every .html file under dir (absolute paths), sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFilesIn(dir) {
  return filesIn(dir).filter((f) => f.endsWith('.html'));
}

/**
 * The site path of a built file: dist/policy/index.html → "/policy/", dist/index.html → "/",
 * dist/404.html → "/404.html", dist/data/x.json → "/data/x.json".
 * @param {string} dir the build directory
 * @param {string} file absolute path of a file in it
 * @returns {string}
 */
export function urlPathOf(dir, file) {
  const rel = path.relative(path.resolve(dir), file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * `stat` that answers null for anything that cannot be a file of the site: missing, a name
 * too long for the file system (ENAMETOOLONG), a file used as a directory (ENOTDIR), a NUL byte.
 * @param {string} p
 * @returns {import('node:fs').Stats | null}
 */
function statOrNull(p) {
  try {
    return statSync(p, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/**
 * @typedef {{ file: string, redirect?: undefined } | { redirect: string, file?: undefined }} Resolved
 */

/**
 * What a static host serves for a site path (query and fragment ignored, percent-escapes decoded):
 * `{ file }` for a file ("/policy/" → policy/index.html), `{ redirect }` to the path with a trailing
 * slash for a directory requested without one ("/check" → "/check/"), or null when there is nothing
 * (which a host answers with the 404 page). Paths that climb out of dir resolve to null.
 * @param {string} dir the build directory
 * @param {string} urlPath e.g. "/policy/", "/data/timeline.csv", "/check?x=1"
 * @returns {Resolved | null}
 */
export function resolveSitePath(dir, urlPath) {
  const root = path.resolve(dir);
  let p = urlPath.split('#')[0].split('?')[0];
  try {
    p = decodeURIComponent(p);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  p = path.posix.normalize(p.startsWith('/') ? p : `/${p}`);
  const candidate = path.join(root, p);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  const st = statOrNull(candidate);
  if (st?.isDirectory()) {
    if (!p.endsWith('/')) return { redirect: `${p}/` };
    const index = path.join(candidate, 'index.html');
    return statOrNull(index)?.isFile() ? { file: index } : null;
  }
  return st?.isFile() ? { file: candidate } : null;
}

/**
 * The built file for a site path, or null (a directory without its trailing slash is null too:
 * the site always links with the slash).
 * @param {string} dir
 * @param {string} urlPath
 * @returns {string | null}
 */
export function fileForSitePath(dir, urlPath) {
  return resolveSitePath(dir, urlPath)?.file ?? null;
}

/**
 * The <loc> URLs of the sitemap files (sitemap-0.xml, sitemap-1.xml … that sitemap-index.xml lists).
 * @param {string} dir
 * @returns {string[]}
 */
export function sitemapUrlsIn(dir) {
  const root = path.resolve(dir);
  const files = readdirSync(root).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap-N.xml in ${root}`);
  const urls = files.flatMap((f) =>
    parse(readFileSync(path.join(root, f), 'utf8'))
      .querySelectorAll('loc')
      .map((loc) => loc.text.trim()),
  );
  return [...new Set(urls)];
}

/**
 * The site paths (with query) of the sitemap's URLs, e.g. "/policy/", and the configured origin.
 * @param {string} dir
 * @returns {{ origin: string, paths: string[] }}
 */
export function sitemapOf(dir) {
  const urls = sitemapUrlsIn(dir).map((u) => new URL(u));
  return { origin: urls[0]?.origin ?? '', paths: [...new Set(urls.map((u) => u.pathname + u.search))] };
}
