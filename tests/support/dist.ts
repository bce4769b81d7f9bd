/**
 * Helpers for tests that read the built site: where dist/ is, which pages it
 * has, what the sitemap lists. `npm test` builds first; set DIST_DIR to test
 * another build output. Walking dist/ and mapping URL ↔ file is done by
 * scripts/dist-files.mjs (shared with the server, the byte measurement and the bench).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fileForSitePath,
  filesIn,
  htmlFilesIn,
  sitemapOf,
  urlPathOf as urlPathIn,
} from '../../scripts/dist-files.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.resolve(process.env.DIST_DIR ?? path.join(ROOT, 'dist'));

/**
 * Timeout of a test that reads every built page (about 2,550 today): a few seconds on a quiet
 * machine, 3-6 times that at load 8-20 on the shared 2-core one, and more as the checker grows.
 */
export const EVERY_PAGE_TIMEOUT = 300_000;

/** Fails loudly (rather than passing on nothing) when there is no build to test. */
export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No built site at ${DIST} (index.html missing). Run \`npm run build\` first (npm test does).`);
  }
}

/** Every file under dir (absolute paths), sorted. */
export function walk(dir: string): string[] {
  return filesIn(dir);
}

/** Every .html file in dist/ (absolute paths), sorted. */
export function htmlFiles(): string[] {
  return htmlFilesIn(DIST);
}

/** dist/policy/index.html → "/policy/", dist/404.html → "/404.html". */
export function urlPathOf(file: string): string {
  return urlPathIn(DIST, file);
}

/** "/policy/" → dist/policy/index.html; "/data/x.json" → dist/data/x.json; null when nothing is there. */
export function fileForPath(urlPath: string): string | null {
  return fileForSitePath(DIST, urlPath);
}

let sitemap: ReturnType<typeof sitemapOf> | null = null;

/** The paths (with query) of the sitemap URLs, e.g. "/policy/". The configured site origin is dropped. */
export function sitemapPaths(): string[] {
  sitemap ??= sitemapOf(DIST);
  return sitemap.paths;
}

/** The configured site origin, read from the built sitemap (it follows astro.config's `site`). */
export function siteOrigin(): string {
  sitemap ??= sitemapOf(DIST);
  return sitemap.origin;
}

export { sample } from '../../scripts/page-families.mjs';
