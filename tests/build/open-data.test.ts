/**
 * The open-data files and the updates feed match the content entries one
 * for one: researchers can trust that the files say what the pages say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, fileForPath, requireDist, sample, siteOrigin } from '../support/dist';
import { yamlEntries } from '../support/content';
import { idsOf, parseFile } from '../support/html';
import { factFields, pathIds } from '../../src/lib/screening';
import { enumeratePaths } from '../../src/lib/screening/route/route';
import { resultHref } from '../../src/lib/screening/pages/urls';

const entries = (dir: string) => new Map(yamlEntries(dir).map((e) => [e.id, e.data]));
const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
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

beforeAll(requireDist);

describe('open data', () => {
  it('timeline.json has one record per timeline entry, with the same fields, oldest first', () => {
    const content = entries('timeline');
    const data = JSON.parse(readDist('data/timeline.json')) as Record<string, unknown>[];
    expect(data.map((d) => d.id).sort()).toEqual([...content.keys()].sort());
    for (const record of data) {
      const entry = content.get(record.id as string)!;
      expect(record).toMatchObject({ date: entry.date, title: entry.title, where: entry.where, summary: entry.summary, sources: entry.sources });
      expect(record.url).toMatch(new RegExp(`/history/#${record.id}$`));
    }
    const dates = data.map((d) => d.date as string);
    expect(dates).toEqual([...dates].sort());
  });

  it('timeline.csv opens with a header row and holds the same records, commas and quotes escaped', () => {
    const json = JSON.parse(readDist('data/timeline.json')) as Record<string, unknown>[];
    const text = readDist('data/timeline.csv');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['id', 'date', 'title', 'where', 'place', 'summary', 'sources', 'url']);
    expect(rows).toHaveLength(json.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row).toHaveLength(8);
      expect(row[0]).toBe(json[i].id);
      expect(row[5]).toBe(json[i].summary);
      expect(row[6]).toBe((json[i].sources as string[]).join(' '));
    });
    // Summaries with commas and quotes exist, so escaping is really exercised.
    expect(json.some((r) => String(r.summary).includes(','))).toBe(true);
    expect(text).toMatch(/"[^"\r\n]*,[^"\r\n]*"/);
  });

  it('sources.json and glossary.json match their content entries one for one', () => {
    const sources = entries('sources');
    const sourceData = JSON.parse(readDist('data/sources.json')) as Record<string, unknown>[];
    expect(sourceData.map((s) => s.id).sort()).toEqual([...sources.keys()].sort());
    for (const record of sourceData) {
      const entry = sources.get(record.id as string)!;
      expect(record).toMatchObject({ title: entry.title, publisher: entry.publisher, kind: entry.kind, read: entry.read });
      expect(record.url).toBe(entry.url ?? null);
      expect(record.copyUrl).toBe(entry.copyUrl ?? null);
      expect(record.author).toBe(entry.author ?? null);
      expect(record.published).toBe(entry.published ?? null);
      expect(record.readOnReprint).toBe(entry.readOnReprint ?? false);
      if (!record.readOnReprint) expect(record.url ?? record.copyUrl).toBeTruthy();
      else expect([record.url, record.copyUrl]).toEqual([null, null]);
    }
    const glossary = entries('glossary');
    const glossaryData = JSON.parse(readDist('data/glossary.json')) as Record<string, unknown>[];
    expect(glossaryData.map((g) => g.id).sort()).toEqual([...glossary.keys()].sort());
    for (const record of glossaryData) {
      const entry = glossary.get(record.id as string)!;
      expect(record).toMatchObject({ term: entry.term, definition: entry.definition, aliases: entry.aliases ?? [] });
    }
  });

  it('the checker outcomes (CSV and JSON) list every route with its facts in the contract\'s names, verdict, paths, every status and its page', () => {
    const routes = enumeratePaths();
    const rows = parseCsv(readDist('data/checker-outcomes.csv'));
    expect(rows[0]).toEqual(['code', ...factFields, 'verdict', 'paths', ...pathIds.map((p) => `status:${p}`), 'url']);
    const json = JSON.parse(readDist('data/checker-outcomes.json')) as {
      contractVersion: number;
      routes: { code: string; facts: Record<string, string>; verdict: string; paths: string[]; status: Record<string, string>; url: string }[];
    };
    expect(json.contractVersion).toBe(2);
    expect(rows.length - 1).toBe(routes.length);
    expect(json.routes.length).toBe(routes.length);
    const byCode = new Map(json.routes.map((r) => [r.code, r]));
    rows.slice(1).forEach((row, i) => {
      const route = routes[i];
      const { assessment } = route;
      const record = Object.fromEntries(rows[0].map((name, k) => [name, row[k]]));
      const want = {
        code: route.code,
        ...Object.fromEntries(factFields.map((f) => [f, assessment.facts[f]])),
        verdict: assessment.verdict,
        paths: assessment.paths.join(' '),
        ...Object.fromEntries(pathIds.map((p) => [`status:${p}`, assessment.status[p]])),
      };
      expect({ ...record, url: undefined }).toEqual({ ...want, url: undefined });
      expect(byCode.get(route.code)).toMatchObject({ facts: assessment.facts, verdict: assessment.verdict, paths: assessment.paths, status: assessment.status, url: record.url });
      // The address is the site's own for that result (tests/build/screening-pages.test.ts reads every result at its address).
      expect(record.url).toBe(new URL(resultHref(route.code), siteOrigin()).href);
    });
    // And the address really opens it: a sample of pages holds the result's section.
    for (const record of sample(json.routes, 12)) {
      const url = new URL(record.url);
      const file = fileForPath(url.pathname);
      expect(file, record.url).not.toBeNull();
      expect(idsOf(parseFile(file!))).toContain(url.hash.slice(1));
    }
  });
});

describe('updates feed', () => {
  it('has one entry per update, newest first, linked from every page', () => {
    const updates = entries('updates');
    const xml = readDist('updates.xml');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    const feed = parse(xml);
    const feedEntries = feed.querySelectorAll('entry');
    const entryDates = feedEntries.map((e) => e.querySelector('updated')!.text);
    expect(entryDates).toHaveLength(updates.size);
    expect(entryDates).toEqual([...entryDates].sort().reverse());
    const titles = feedEntries.map((e) => e.querySelector('title')!.text);
    expect(titles.sort()).toEqual([...updates.values()].map((u) => String(u.title)).sort());
    for (const page of ['/', '/policy/', '/check/']) {
      const link = parse(readFileSync(fileForPath(page)!, 'utf8')).querySelector('link[rel="alternate"][type="application/atom+xml"]');
      expect(link?.getAttribute('href'), page).toBe('/updates.xml');
    }
  });
});
