/**
 * scripts/serve-dist.mjs, the server behind `npm start` and the browser tests, on a
 * small fixture site: `_headers` with Netlify's semantics (several blocks with `*`
 * patterns, every matching block adds its headers), trailing-slash redirects, the
 * 404 page, and no 500 (nor a leaked file system path) for addresses no file can have.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternToRegex, startServer } from '../../../scripts/serve-dist.mjs';

const HEADERS = `# fixture
/*
  X-Frame-Options: DENY
  Content-Security-Policy: frame-ancestors 'none'

/check/*
  Cache-Control: no-store
  X-Test: a
  x-test: b

/data/*.json
  Access-Control-Allow-Origin: *
`;

describe('parseHeadersFile', () => {
  it('reads each path block with its headers, in file order, joining a name repeated in one block', () => {
    const rules = parseHeadersFile(HEADERS);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/check/*', '/data/*.json']);
    expect(rules[1].headers).toEqual([
      ['Cache-Control', 'no-store'],
      ['X-Test', 'a, b'],
    ]);
  });

  it('rejects what it cannot read, naming the line', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1: header before any path/);
    expect(() => parseHeadersFile('/*\n  no colon\n')).toThrow(/line 2: not a "Name: value" line/);
    expect(() => parseHeadersFile('/*\n  ! X-A\n')).toThrow(/Cloudflare-only/);
  });
});

describe('patternToRegex (Netlify matching)', () => {
  const matches = (pattern: string, paths: string[]) => paths.filter((p) => patternToRegex(pattern).test(p));

  it('a standalone * matches everything below, and the bare folder with or without its slash', () => {
    expect(matches('/check/*', ['/check', '/check/', '/check/step/md/', '/checker/', '/', '/about/check/'])).toEqual([
      '/check',
      '/check/',
      '/check/step/md/',
    ]);
    expect(matches('/*', ['/', '/policy/', '/_astro/a.js'])).toEqual(['/', '/policy/', '/_astro/a.js']);
  });

  it('a * inside a segment, a :placeholder, case, a trailing slash and absolute URLs', () => {
    expect(matches('/data/*.json', ['/data/x.json', '/data/x.csv', '/data/a/b.json', '/dataxjson'])).toEqual(['/data/x.json', '/data/a/b.json']);
    expect(matches('/check/:code/', ['/check/md/', '/check/md', '/check/md/x/'])).toEqual(['/check/md/', '/check/md']);
    expect(matches('/Policy/', ['/policy/', '/policy'])).toEqual(['/policy/', '/policy']);
    expect(matches('https://example.org/about/', ['/about/'])).toEqual(['/about/']);
    expect(matches('/', ['/', '/policy/'])).toEqual(['/']);
    expect(matches('/a.b/', ['/a.b/', '/axb/'])).toEqual(['/a.b/']);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(HEADERS);
  const names = (p: string) => Object.fromEntries(headersFor(rules, p).map((h) => [h.name, h.value]));

  it('combines the headers of every block that matches', () => {
    expect(names('/check/step/md/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "frame-ancestors 'none'",
      'Cache-Control': 'no-store',
      'X-Test': 'a, b',
    });
    expect(names('/policy/')).toEqual({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
    expect(names('/data/timeline.json')).toMatchObject({ 'Access-Control-Allow-Origin': '*', 'X-Frame-Options': 'DENY' });
  });

  it('lets a later block replace a header an earlier block set (Netlify), and says which block it came from', () => {
    const two = parseHeadersFile('/*\n  Cache-Control: no-cache\n/check/*\n  cache-control: no-store\n');
    expect(headersFor(two, '/check/')).toEqual([{ name: 'cache-control', value: 'no-store', pattern: '/check/*' }]);
    expect(headersFor(two, '/policy/')).toEqual([{ name: 'Cache-Control', value: 'no-cache', pattern: '/*' }]);
  });
});

describe('the server', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'serve-dist-'));
    const files: Record<string, string> = {
      'index.html': '<!doctype html><title>home</title>',
      '404.html': '<!doctype html><title>Page not found</title>',
      'check/index.html': '<!doctype html><title>checker</title>',
      'check/step/md/index.html': '<!doctype html><title>step</title>',
      'data/timeline.json': '[]',
      'data/timeline.csv': 'id\n',
      _headers: HEADERS,
    };
    for (const [file, body] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), body);
    }
    server = await startServer({ dir, headersFile: path.join(dir, '_headers') });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A raw request (fetch would normalise "..", "//" and escapes before sending). */
  function get(rawPath: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('serves a page with the headers of every matching block', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['x-frame-options']).toBe('DENY');
    expect(home.headers['cache-control']).toBe('no-cache'); // the local default: no block sets it for /
    const step = await get('/check/step/md/');
    expect(step.body).toContain('<title>step</title>');
    expect(step.headers['cache-control']).toBe('no-store');
    expect(step.headers['x-frame-options']).toBe('DENY');
    expect(step.headers['x-test']).toBe('a, b');
    const json = await get('/data/timeline.json');
    expect(json.headers['access-control-allow-origin']).toBe('*');
    expect((await get('/data/timeline.csv')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('redirects a folder without its slash, keeping the query, with the headers of the address', async () => {
    const r = await get('/check?from=home');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/check/?from=home');
    expect(r.headers['cache-control']).toBe('no-store');
    const slashes = await get('//check');
    expect(slashes.status).toBe(301);
    expect(slashes.headers.location).toBe('/check/');
  });

  it('answers unknown and impossible addresses with the 404 page, never a 500 or a file system path', async () => {
    for (const p of ['/nope/', '/check/step/zz/', `/${'a'.repeat(5000)}/`, `/check/${'b/'.repeat(3000)}`, '/%00', '/%E0%A4%A', '/../../etc/passwd', '/_headers', '/index.html/x']) {
      const r = await get(p);
      expect(r.status, p.slice(0, 40)).toBe(404);
      expect(r.body, p.slice(0, 40)).toContain('<title>Page not found</title>');
      expect(r.body).not.toContain(dir);
    }
    expect((await get(`/check/${'c'.repeat(5000)}`)).headers['cache-control']).toBe('no-store');
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    const post = await get('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
