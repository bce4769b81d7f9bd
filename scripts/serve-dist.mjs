#!/usr/bin/env node
/**
 * A tiny static file server for the built site (dist/), used by the browser
 * tests (through tests/support/server.ts) and by `npm run bench`.
 *
 * - listens on 127.0.0.1 and a free port (or PORT / --port);
 * - serves `dir/index.html` for `dir/`, and redirects `dir` to `dir/` like a static host;
 * - sets the right Content-Type for html, css, js, json, csv, xml, svg, txt (and a few more);
 * - answers unknown paths with dist/404.html and status 404;
 * - applies the headers from public/_headers (Netlify / Cloudflare Pages format)
 *   so the browser sees the same CSP and security headers as in production.
 *
 * No dependencies beyond Node.
 *
 * CLI: node scripts/serve-dist.mjs [--dir dist] [--port 0]
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
 * Parses a Netlify / Cloudflare Pages `_headers` file:
 *
 *   # comment
 *   /path/*
 *     Header-Name: value
 *
 * Returns [{ pattern, regex, headers: [[name, value], …] }] in file order.
 * @param {string} text
 * @returns {{ pattern: string, regex: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, regex: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  /** @type {{ pattern: string, regex: RegExp, headers: [string, string][] } | null} */
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const pattern = raw.trim();
      current = { pattern, regex: patternToRegex(pattern), headers: [] };
      rules.push(current);
      continue;
    }
    if (!current) throw new Error(`_headers: header line before any path: ${raw}`);
    const colon = raw.indexOf(':');
    if (colon < 0) throw new Error(`_headers: not a "Name: value" line: ${raw}`);
    current.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternToRegex(pattern) {
  // Absolute URLs (https://host/path) match on the path part only here.
  const p = pattern.replace(/^https?:\/\/[^/]+/, '');
  const source = p
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * The headers that apply to a URL path; same-name headers from several rules are joined with ", " (as Netlify does).
 * @param {{ regex: RegExp, headers: [string, string][] }[]} rules
 * @param {string} urlPath
 * @returns {{ name: string, value: string }[]}
 */
export function headersFor(rules, urlPath) {
  const out = new Map();
  for (const rule of rules) {
    if (!rule.regex.test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const prev = out.get(key);
      out.set(key, prev ? { name: prev.name, value: `${prev.value}, ${value}` } : { name, value });
    }
  }
  return [...out.values()];
}

/**
 * Starts the server. Resolves to { url, origin, port, close() }.
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

  const server = createServer(async (req, res) => {
    const send = (status, body, type, extra = {}) => {
      const urlPath = safePath(req.url);
      for (const h of headersFor(rules, urlPath)) res.setHeader(h.name, h.value);
      res.setHeader('Cache-Control', 'no-cache');
      for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
      if (type) res.setHeader('Content-Type', type);
      if (body != null) res.setHeader('Content-Length', Buffer.byteLength(body));
      res.writeHead(status);
      res.end(req.method === 'HEAD' ? undefined : body);
      if (options.log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    const urlPath = safePath(req.url);
    let file = path.join(dir, urlPath);
    if (!file.startsWith(dir)) return send(400, 'Bad request\n', 'text/plain; charset=utf-8');
    try {
      let st = statSync(file, { throwIfNoEntry: false });
      if (st?.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          const q = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
          return send(301, '', null, { Location: `${urlPath}/${q}` });
        }
        file = path.join(file, 'index.html');
        st = statSync(file, { throwIfNoEntry: false });
      }
      // Never serve the host configuration files themselves.
      const base = path.basename(file);
      if (st?.isFile() && base !== '_headers' && base !== '_redirects') {
        return send(200, await readFile(file), contentTypeFor(file));
      }
      const notFound = path.join(dir, '404.html');
      if (existsSync(notFound)) return send(404, await readFile(notFound), CONTENT_TYPES['.html']);
      return send(404, 'Not found\n', 'text/plain; charset=utf-8');
    } catch (err) {
      return send(500, `Server error: ${err}\n`, 'text/plain; charset=utf-8');
    }
  });
  server.keepAliveTimeout = 1000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
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
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

function safePath(url) {
  let p = (url ?? '/').split('?')[0].split('#')[0];
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep as is */
  }
  return path.posix.normalize(p.startsWith('/') ? p : `/${p}`);
}

// CLI
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const arg = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const s = await startServer({ dir: arg('dir'), port: Number(arg('port') ?? process.env.PORT ?? 0), log: args.includes('--log') });
  console.log(`Serving ${s.dir} at ${s.url}${s.headersFile ? ` with headers from ${path.relative(process.cwd(), s.headersFile)}` : ''}`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
