/**
 * Content-Security-Policy and the other security headers.
 *
 * Two policies are enforced together, and neither needs to be kept in step with the other:
 * - every built page carries Astro's CSP meta (astro.config.mjs security.csp): default-src
 *   'self', and scripts only from the site or by the hash of an inline script Astro wrote
 *   (no 'unsafe-inline' / 'unsafe-eval', no wildcard);
 * - public/_headers sends a fixed header policy of the directives that need no hashes
 *   (frame-ancestors works only in a header). It must not restrict scripts or styles itself:
 *   without the per-page hashes it would block Astro's inline scripts.
 * tests/e2e/csp.test.ts shows in a browser that the pair still blocks injected inline code.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, EVERY_PAGE_TIMEOUT, ROOT, htmlFiles, requireDist, urlPathOf, walk } from '../support/dist';
import { headParsed } from '../support/html';
import { headersFor, parseHeadersFile } from '../support/server';

requireDist();

const HEADERS_FILE = path.join(ROOT, 'public', '_headers');
const headersText = readFileSync(HEADERS_FILE, 'utf8');
const rules = parseHeadersFile(headersText);

/** "a b c; d e" → Map(name → [values]) (the first of a repeated directive counts, as in browsers). */
function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** The header value a site path gets, or null. */
const header = (urlPath: string, name: string) => headersFor(rules, urlPath).find((h) => h.name.toLowerCase() === name.toLowerCase())?.value ?? null;

/** The policy directives that the header may carry: none of them needs a page's hashes. */
const HEADER_DIRECTIVES: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

describe('CSP in every built page', () => {
  test("each HTML page has a meta CSP with default-src 'self' and no unsafe script sources", () => {
    const problems: string[] = [];
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const page = urlPathOf(file);
      const metas = headParsed(file).querySelectorAll('meta[http-equiv]').filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      if (metas.length !== 1) {
        problems.push(`${page}: ${metas.length} <meta http-equiv="content-security-policy"> (expected 1)`);
        continue;
      }
      const d = parseCsp(metas[0].getAttribute('content') ?? '');
      if (d.get('default-src')?.join(' ') !== "'self'") problems.push(`${page}: default-src is "${d.get('default-src')?.join(' ')}", not 'self'`);
      const scriptSrc = d.get('script-src') ?? d.get('default-src') ?? [];
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:']) {
        if (scriptSrc.includes(bad)) problems.push(`${page}: script-src allows ${bad}`);
      }
      const others = scriptSrc.filter((v) => v !== "'self'" && !/^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/.test(v));
      if (others.length) problems.push(`${page}: script-src has sources other than 'self' and hashes: ${others.join(' ')}`);
      if (d.has('frame-ancestors')) problems.push(`${page}: frame-ancestors in a meta CSP is ignored (and logs an error); it belongs in _headers`);
    }
    expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
  }, EVERY_PAGE_TIMEOUT);
});

describe('public/_headers', () => {
  test('Astro copied it to dist/_headers unchanged', () => {
    const built = path.join(DIST, '_headers');
    expect(existsSync(built), 'dist/_headers missing (Astro copies public/ into dist/)').toBe(true);
    expect(readFileSync(built, 'utf8')).toBe(headersText);
  });

  test('the CSP header is the fixed policy of directives that need no hashes, for every address', () => {
    for (const urlPath of ['/', '/policy/', '/check/', '/search/', '/_astro/x.js', '/no-such-page/']) {
      const csp = parseCsp(header(urlPath, 'Content-Security-Policy') ?? '');
      expect(Object.fromEntries(csp), urlPath).toEqual(HEADER_DIRECTIVES);
    }
  });

  test('security and privacy headers on every address', () => {
    for (const urlPath of ['/', '/check/', '/data/timeline.csv']) {
      expect(header(urlPath, 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
      expect(header(urlPath, 'X-Content-Type-Options')).toBe('nosniff');
      expect(header(urlPath, 'Referrer-Policy')).toBe('no-referrer');
      expect(header(urlPath, 'X-Frame-Options')).toBe('DENY');
      const pp = header(urlPath, 'Permissions-Policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation']) expect(pp, `Permissions-Policy ${feature}`).toContain(`${feature}=()`);
      // interest-cohort (FLoC) is retired: Chromium logs an "Unrecognized feature" console error for it.
      expect(pp).not.toContain('interest-cohort');
    }
  });

  test('no built address gets the same header from two blocks (Netlify keeps the last, Cloudflare joins them)', () => {
    const addresses = walk(DIST).map(urlPathOf);
    const folders = addresses.filter((p) => p.endsWith('/') && p !== '/').map((p) => p.slice(0, -1));
    const clashes = new Set<string>();
    for (const urlPath of [...addresses, ...folders, '/no-such-page/']) {
      const from = new Map<string, string[]>();
      for (const rule of rules.filter((r) => r.regex.test(urlPath))) {
        for (const [name] of rule.headers) from.set(name.toLowerCase(), [...(from.get(name.toLowerCase()) ?? []), rule.pattern]);
      }
      for (const [name, patterns] of from) if (patterns.length > 1) clashes.add(`${name} from ${patterns.join(' and ')} (e.g. ${urlPath})`);
    }
    expect([...clashes]).toEqual([]);
  });
});
