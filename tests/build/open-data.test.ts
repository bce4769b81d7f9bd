/**
 * The open-data files and the updates feed match the content entries one
 * for one: researchers can trust that the files say what the pages say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, fileForPath, requireDist, sample } from '../support/dist';
import { yamlEntries } from '../support/content';
import { idsOf, parseFile } from '../support/html';
import { enumeratePaths } from '../../src/lib/screening/route/route';
import { expectOutcomeRow, OUTCOME_HEADER, parseCsv, readOutcomes } from '../support/checker-outcomes';
import { sampleOf } from '../support/fact-cases';

const entries = (dir: string) => new Map(yamlEntries(dir).map((e) => [e.id, e.data]));
const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');

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

  it('the checker outcomes (CSV and JSON) list every route once, in the contract\'s field names; seeded rows say what the contract says for their answers', () => {
    const { header, csv, json } = readOutcomes();
    expect(header).toEqual(OUTCOME_HEADER);
    // The version the contract itself states (docs/screening-contract.md's title), not the code's constant.
    const stated = /\(version (\d+)/.exec(readFileSync('docs/screening-contract.md', 'utf8').split('\n')[0])?.[1];
    expect(String(json.contractVersion)).toBe(stated);
    const codes = enumeratePaths().map((p) => p.code);
    expect(csv.map((r) => r.code)).toEqual(codes);
    expect(json.routes.map((r) => r.code)).toEqual(codes);
    const byCode = new Map(json.routes.map((r) => [r.code, r]));
    // Every row: tests/exhaustive/build/open-data.test.ts.
    for (const row of sampleOf(csv, 200)) expectOutcomeRow(row, byCode.get(row.code));
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
