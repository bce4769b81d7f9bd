#!/usr/bin/env node
/**
 * Keeps the Content-Security-Policy in public/_headers in step with the CSP
 * that Astro writes into each built page's <meta http-equiv="content-security-policy">.
 *
 * Why both: the meta CSP works on any host, but some directives only work in a
 * real header (frame-ancestors is ignored in a meta CSP, with a console error).
 * When a page has both, the browser enforces both, so the header's script-src
 * and style-src must allow every hash Astro emits (the hashes of its own inline
 * island/hydration scripts and styles) or those scripts are blocked.
 *
 * The hashes change when Astro (or the islands) change. tests/build/csp.test.ts
 * fails when public/_headers is stale; then run, after a build:
 *
 *   node scripts/csp.mjs --write      # rewrites the CSP line of public/_headers
 *   node scripts/csp.mjs              # prints the CSP that _headers should have
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Directives that the header adds on top of the meta CSP (they only work as a header). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * Parses "a b c; d e" into Map(name → [values]).
 * @param {string} policy
 * @returns {Map<string, string[]>}
 */
export function parseCsp(policy) {
  const map = new Map();
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const [name, ...values] = tokens;
    if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), values);
  }
  return map;
}

/**
 * The content of the meta CSP of an HTML document, or null.
 * @param {string} html
 * @returns {string | null}
 */
export function metaCspOf(html) {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) {
      const c = tag.match(/content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i);
      if (c) return (c[1] ?? c[2]).replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    }
  }
  return null;
}

function htmlFilesOf(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFilesOf(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/**
 * The union of the meta CSPs of all built pages: directives in first-seen
 * order, source lists merged (keywords first, then hashes sorted).
 * @param {string} distDir
 * @returns {Map<string, string[]>}
 */
export function unionOfBuiltCsp(distDir) {
  const merged = new Map();
  for (const file of htmlFilesOf(distDir)) {
    const csp = metaCspOf(readFileSync(file, 'utf8'));
    if (!csp) continue;
    for (const [name, values] of parseCsp(csp)) {
      const set = merged.get(name) ?? new Set();
      for (const v of values) set.add(v);
      merged.set(name, set);
    }
  }
  const out = new Map();
  for (const [name, set] of merged) {
    const values = [...set];
    const hashes = values.filter((v) => /^'sha(256|384|512)-/.test(v)).sort();
    out.set(name, [...values.filter((v) => !hashes.includes(v)), ...hashes]);
  }
  return out;
}

/** The policy that public/_headers should send: the built meta CSP plus header-only directives. */
export function expectedHeaderCsp(distDir) {
  const union = unionOfBuiltCsp(distDir);
  const parts = [...union].map(([name, values]) => [name, ...values].join(' '));
  for (const d of HEADER_ONLY_DIRECTIVES) if (!union.has(d.split(' ')[0])) parts.push(d);
  return parts.join('; ');
}

/** The Content-Security-Policy value in a _headers file (first one, for /*). */
export function headerCspOf(headersText) {
  const m = headersText.match(/^\s+Content-Security-Policy:\s*(.+)$/im);
  return m ? m[1].trim() : null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dist = path.resolve(process.env.DIST_DIR ?? path.join(ROOT, 'dist'));
  const csp = expectedHeaderCsp(dist);
  if (process.argv.includes('--write')) {
    const file = path.join(ROOT, 'public', '_headers');
    const text = readFileSync(file, 'utf8');
    if (!headerCspOf(text)) throw new Error(`${file} has no Content-Security-Policy line to update`);
    writeFileSync(file, text.replace(/^(\s+Content-Security-Policy:\s*).+$/im, `$1${csp}`));
    console.log(`Updated the Content-Security-Policy in ${path.relative(process.cwd(), file)}`);
  } else {
    console.log(csp);
  }
}
