#!/usr/bin/env node
/**
 * The static server for the built site (dist/), as a static host serves it: used by
 * `npm start` / `npm run preview`, the browser tests (tests/support/server.ts) and
 * `npm run bench`, so what a developer sees is what the tests check and production sends.
 *
 * - listens on 127.0.0.1 and a free port (or --port / PORT);
 * - serves `dir/index.html` for `dir/`, and redirects `dir` to `dir/` (301) like a static host;
 * - sets the Content-Type for html, css, js, json, csv, xml, svg, txt (and a few more);
 * - answers unknown paths, and paths no file can have (too long for the file system,
 *   NUL bytes, bad escapes, outside dist/), with dist/404.html and status 404;
 * - applies public/_headers with Netlify's semantics (see parseHeadersFile, patternToRegex,
 *   headersFor): every block whose pattern matches adds its headers;
 * - never serves _headers or _redirects, and never puts an error's text in a response.
 *
 * Plain Node (and scripts/dist-files.mjs, which maps site paths to files).
 *
 * CLI: node scripts/serve-dist.mjs [--dir dist] [--port 4321] [--log]
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveSitePath } from './dist-files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/**
 * Content-Type for a file name (application/octet-stream when unknown).
 * @param {string} file
 * @returns {string}
 */
export function contentTypeFor(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * @typedef {{ pattern: string, regex: RegExp, headers: [string, string][] }} HeaderRule
 */

/**
 * Parses a `_headers` file (the format Netlify and Cloudflare Pages read):
 *
 *   # comment
 *   /check/*
 *     Cache-Control: no-store
 *
 * A line that does not start with white space is a path pattern; the indented
 * `Name: value` lines under it are its headers. The same name twice in one block is
 * joined with ", " (both hosts do so). Returns the blocks in file order.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {HeaderRule | null} */
  let current = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `_headers line ${i + 1}`;
    if (!/^\s/.test(raw)) {
      current = { pattern: line, regex: patternToRegex(line), headers: [] };
      rules.push(current);
      return;
    }
    if (!current) throw new Error(`${where}: header before any path: ${line}`);
    if (line.startsWith('!')) throw new Error(`${where}: "! Name" (detach a header) is Cloudflare-only; Netlify does not read it: ${line}`);
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`${where}: not a "Name: value" line: ${line}`);
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    const same = current.headers.find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (same) same[1] = `${same[1]}, ${value}`;
    else current.headers.push([name, value]);
  });
  return rules;
}

/**
 * A `_headers` path pattern as Netlify matches it (@netlify/headers-parser's getForRegExp):
 * case-insensitive, an optional trailing slash, a `*` segment matches any further segments or
 * none (`/check/*` matches /check, /check/ and /check/step/x/), a `*` inside a segment matches
 * any characters, `:name` matches one segment; an absolute URL matches on its path.
 * One deliberate difference: upstream's `/check/?(.*)` also matches /checker/; here a `*`
 * segment starts at a slash.
 * @param {string} pattern
 * @returns {RegExp}
 */
export function patternToRegex(pattern) {
  const p = pattern.replace(/^https?:\/\/[^/]+/i, '');
  const escape = (/** @type {string} */ s) => s.replace(/[.+?^${}()|[\]\\*]/g, '\\$&');
  const parts = p.split('/').filter(Boolean);
  if (parts.length === 0) return /^\/$/;
  const source = parts
    .map((part) => {
      if (part.startsWith(':')) return '/[^/]+';
      if (part === '*') return '(?:/.*)?';
      return `/${part.split('*').map(escape).join('.*')}`;
    })
    .join('');
  return new RegExp(`^${source}/?$`, 'i');
}

/**
 * The headers for a site path: those of every block whose pattern matches, in file order.
 * When two matching blocks set the same header, the later block wins (Netlify's behaviour;
 * Cloudflare Pages joins them with a comma instead, so tests/build/csp.test.ts fails when
 * the site's own _headers does that for any built page).
 * @param {HeaderRule[]} rules
 * @param {string} urlPath decoded path, without query
 * @returns {{ name: string, value: string, pattern: string }[]}
 */
export function headersFor(rules, urlPath) {
  /** @type {Map<string, { name: string, value: string, pattern: string }>} */
  const out = new Map();
  for (const rule of rules) {
    if (!rule.regex.test(urlPath)) continue;
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), { name, value, pattern: rule.pattern });
  }
  return [...out.values()];
}

/** Files a static host never serves (its own configuration). */
const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * Starts the server. Resolves to { url, origin, port, dir, headersFile, close() }.
 * @param {{ dir?: string, port?: number, host?: string, headersFile?: string | null, log?: boolean }} [options]
 */
export async function startServer(options = {}) {
  const dir = path.resolve(options.dir ?? process.env.DIST_DIR ?? path.join(ROOT, 'dist'));
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`serve-dist: ${dir}/index.html not found; build the site first (npm run build).`);
  }
  // public/_headers is the source (Astro copies it to dist/_headers); fall back to the built copy.
  const headersFile =
    options.headersFile === null
      ? null
      : options.headersFile ?? [path.join(ROOT, 'public', '_headers'), path.join(dir, '_headers')].find((f) => existsSync(f)) ?? null;
  const rules = headersFile ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFoundFile = path.join(dir, '404.html');
  /** Content types a host compresses. */
  const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|atom\+xml)|image\/svg)/;

  const server = createServer(async (req, res) => {
    const rawPath = (req.url ?? '/').split('?')[0].split('#')[0];
    const query = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?')) : '';
    let decoded = rawPath;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      /* a malformed escape: headers still apply by the raw path; the file lookup answers 404 */
    }
    const send = (/** @type {number} */ status, /** @type {string | Buffer} */ body, /** @type {string | null} */ type, extra = {}) => {
      const applied = headersFor(rules, decoded);
      for (const h of applied) res.setHeader(h.name, h.value);
      // Local default only (always fresh while developing); a _headers rule decides in production.
      if (!applied.some((h) => h.name.toLowerCase() === 'cache-control')) res.setHeader('Cache-Control', 'no-cache');
      for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
      if (type) res.setHeader('Content-Type', type);
      // Compressed as every static host compresses text, so what the tests and the bench load is what phones load.
      if (type && COMPRESSIBLE.test(type) && Buffer.byteLength(body) > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body, { level: 6 });
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
      }
      res.setHeader('Content-Length', Buffer.byteLength(body));
      res.writeHead(status);
      res.end(req.method === 'HEAD' ? undefined : body);
      if (options.log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    try {
      const found = resolveSitePath(dir, rawPath);
      if (found?.redirect) {
        // Keep the request's own escapes; collapse leading slashes so "//host" cannot become another origin.
        const location = `/${rawPath.replace(/^\/+/, '').replace(/\/?$/, '/')}${query}`;
        return send(301, '', null, { Location: location });
      }
      if (found?.file && !HOST_FILES.has(path.basename(found.file))) {
        return send(200, await readFile(found.file), contentTypeFor(found.file));
      }
      if (existsSync(notFoundFile)) return send(404, await readFile(notFoundFile), CONTENT_TYPES['.html']);
      return send(404, 'Not found\n', 'text/plain; charset=utf-8');
    } catch (err) {
      // Never echo the error (it can hold file system paths).
      console.error(`serve-dist: ${req.method} ${req.url}:`, err);
      return send(500, 'Server error\n', 'text/plain; charset=utf-8');
    }
  });
  server.keepAliveTimeout = 1000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/`,
    origin,
    port,
    dir,
    headersFile,
    close: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => {
          server.closeAllConnections?.();
          server.close(() => resolve());
        })
      ),
  };
}

// CLI
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const arg = (/** @type {string} */ name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const s = await startServer({ dir: arg('dir'), port: Number(arg('port') ?? process.env.PORT ?? 0), log: args.includes('--log') });
  console.log(`Serving ${s.dir} at ${s.url}${s.headersFile ? ` with headers from ${path.relative(process.cwd(), s.headersFile)}` : ''}`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
