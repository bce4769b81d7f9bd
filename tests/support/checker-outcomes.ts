/**
 * The published decision table (dist/data/checker-outcomes.csv and .json) read back and checked
 * against the contract's oracle, not against the code that wrote it: shared by
 * tests/build/open-data.test.ts (a seeded sample of rows) and tests/exhaustive/build/open-data.test.ts (every row).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { factFields, pathIds, type Facts } from '../../src/lib/screening';
import { decodePath } from '../../src/lib/screening/route/route';
import { factsOf } from '../../src/lib/screening/route/questions';
import { resultHref } from '../../src/lib/screening/pages/urls';
import { oracle } from '../unit/screening/contract-oracle';
import { DIST, siteOrigin } from './dist';

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export interface OutcomeRecord { code: string; facts: Record<string, string>; verdict: string; paths: string[]; status: Record<string, string>; url: string }

export function readOutcomes(): { header: string[]; csv: Record<string, string>[]; json: { contractVersion: number; routes: OutcomeRecord[] } } {
  const rows = parseCsv(readFileSync(join(DIST, 'data/checker-outcomes.csv'), 'utf8'));
  const header = rows[0];
  const csv = rows.slice(1).map((row) => Object.fromEntries(header.map((name, k) => [name, row[k]])));
  const json = JSON.parse(readFileSync(join(DIST, 'data/checker-outcomes.json'), 'utf8')) as { contractVersion: number; routes: OutcomeRecord[] };
  return { header, csv, json };
}

export const OUTCOME_HEADER = ['code', ...factFields, 'verdict', 'paths', ...pathIds.map((p) => `status:${p}`), 'url'];

/**
 * One row of the CSV and its JSON record: the code decodes to a complete route, whose answers
 * set the facts the row gives (fields the route skipped: unsure); the verdict, paths and every
 * status are the oracle's for those facts; the url is the result's own address; CSV and JSON agree.
 */
export function expectOutcomeRow(row: Record<string, string>, record: OutcomeRecord | undefined): void {
  const decoded = decodePath(row.code);
  expect(decoded, row.code).toMatchObject({ ok: true, complete: true });
  const set = factsOf(decoded.answers) as Record<string, string>;
  const facts = Object.fromEntries(factFields.map((f) => [f, row[f]]));
  expect(facts, row.code).toEqual(Object.fromEntries(factFields.map((f) => [f, set[f] ?? 'unsure'])));
  const want = oracle(facts as Facts);
  expect({ verdict: row.verdict, paths: row.paths, status: Object.fromEntries(pathIds.map((p) => [p, row[`status:${p}`]])) }, row.code)
    .toEqual({ verdict: want.verdict, paths: want.paths.join(' '), status: want.status });
  expect(row.url).toBe(new URL(resultHref(row.code), siteOrigin()).href);
  expect(record, row.code).toEqual({ code: row.code, facts, verdict: row.verdict, paths: row.paths ? row.paths.split(' ') : [], status: want.status, url: row.url });
}
