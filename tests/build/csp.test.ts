/**
 * Content-Security-Policy and security headers.
 *
 * - Every built page carries Astro's CSP meta with default-src 'self' and no
 *   'unsafe-inline' / 'unsafe-eval' for scripts.
 * - public/_headers sends the same policy as a header, plus frame-ancestors
 *   (ignored in a meta CSP). Both policies are enforced, so the header's
 *   script-src / style-src hashes must be exactly the union of the hashes in the
 *   built metas: a stale _headers fails here (fix: `node scripts/csp.mjs --write`
 *   after a build).
 * - The other security/privacy headers are present with the intended values.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, ROOT, htmlFiles, requireDist, urlPathOf } from '../support/dist';
import { parseHeadersFile } from '../support/server';
import { metaCspOf, parseCsp, unionOfBuiltCsp } from '../../scripts/csp.mjs';

requireDist();

const HEADERS_FILE = path.join(ROOT, 'public', '_headers');
const headersText = readFileSync(HEADERS_FILE, 'utf8');
const rules = parseHeadersFile(headersText);
const all = rules.find((r) => r.pattern === '/*');
const header = (name: string) => all?.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1] ?? null;
const headerCsp = parseCsp(header('Content-Security-Policy') ?? '');

const hashes = (values: string[] | undefined) => new Set((values ?? []).filter((v) => /^'sha(256|384|512)-/.test(v)));

describe('CSP in every built page', () => {
  test('each HTML page has a meta CSP with default-src \'self\' and no unsafe script sources', () => {
    const problems: string[] = [];
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const page = urlPathOf(file);
      const csp = metaCspOf(readFileSync(file, 'utf8'));
      if (!csp) {
        problems.push(`${page}: no <meta http-equiv="content-security-policy">`);
        continue;
      }
      const d = parseCsp(csp);
      if (d.get('default-src')?.join(' ') !== "'self'") problems.push(`${page}: default-src is "${d.get('default-src')?.join(' ')}", not 'self'`);
      const scriptSrc = d.get('script-src') ?? d.get('default-src') ?? [];
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        if (scriptSrc.includes(bad)) problems.push(`${page}: script-src allows ${bad}`);
      }
      if (d.has('frame-ancestors')) problems.push(`${page}: frame-ancestors in a meta CSP is ignored (and logs an error); it belongs in _headers`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('public/_headers', () => {
  test('has a /* rule and Astro copied it to dist/_headers unchanged', () => {
    expect(all, 'public/_headers needs a "/*" section').toBeDefined();
    const built = path.join(DIST, '_headers');
    expect(existsSync(built), 'dist/_headers missing (Astro copies public/ into dist/)').toBe(true);
    expect(readFileSync(built, 'utf8')).toBe(headersText);
  });

  test('CSP header: the built meta policy plus frame-ancestors \'none\'', () => {
    expect(headerCsp.get('default-src')).toEqual(["'self'"]);
    expect(headerCsp.get('frame-ancestors')).toEqual(["'none'"]);
    const scriptSrc = headerCsp.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    // Every non-hash directive of the built metas is in the header too, with the same sources.
    for (const [name, values] of unionOfBuiltCsp(DIST)) {
      const nonHash = values.filter((v: string) => !/^'sha/.test(v));
      expect(headerCsp.get(name)?.filter((v) => !/^'sha/.test(v)), `_headers CSP ${name}`).toEqual(nonHash);
    }
  });

  test('CSP header script-src / style-src hashes equal the union of the hashes Astro emitted (else: node scripts/csp.mjs --write)', () => {
    const union = unionOfBuiltCsp(DIST);
    for (const directive of ['script-src', 'style-src']) {
      const built = [...hashes(union.get(directive))].sort();
      const inHeader = [...hashes(headerCsp.get(directive))].sort();
      expect(
        inHeader,
        `public/_headers ${directive} hashes are stale: missing ${JSON.stringify(built.filter((h) => !inHeader.includes(h)))}, ` +
          `extra ${JSON.stringify(inHeader.filter((h) => !built.includes(h)))}. Run \`node scripts/csp.mjs --write\` after \`npm run build\`.`,
      ).toEqual(built);
    }
  });

  test('security and privacy headers', () => {
    expect(header('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('X-Frame-Options')).toBe('DENY');
    const pp = header('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(pp, `Permissions-Policy ${feature}`).toContain(`${feature}=()`);
    // interest-cohort (FLoC) is retired: Chromium logs an "Unrecognized feature" console error for it.
    expect(pp).not.toContain('interest-cohort');
  });
});
