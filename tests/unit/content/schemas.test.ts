import { describe, expect, it } from 'vitest';
import {
  glossarySchema, isoDate, pageSchema, sourceSchema, timelineSchema, updateSchema,
} from '../../../src/lib/content/schemas';

const known = new Set(['dpscs-expungement', 'governor-pardon']);
const page = { title: 'Steps', summary: 'How to clear a record.', lastReviewed: '2026-11-25', sources: ['dpscs-expungement'] };
const source = { title: 'Expungement', publisher: 'DPSCS', url: 'https://dpscs.maryland.gov/publicservs/expung.shtml', accessed: '2026-11-25', kind: 'government' };

/** The first problem's field path and message, as the build prints them. */
function problem(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0];
  return { field: issue.path.join('.'), message: issue.message };
}

describe('dates', () => {
  it('accepts a real date written as text', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
  });
  it.each([
    ['2023-02-29', 'does not exist'],
    ['2026-13-01', 'does not exist'],
    ['2026-1-5', 'YYYY-MM-DD'],
    ['25/11/2026', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
  ])('rejects %s', (value, words) => {
    expect(problem(isoDate.safeParse(value)).message).toContain(words);
  });
  it('rejects an unquoted YAML date (a Date object) with advice to quote it', () => {
    expect(problem(isoDate.safeParse(new Date('2026-11-25'))).message).toContain('quoted text');
  });
});

describe('pages', () => {
  const schema = pageSchema(known);
  it('accepts a valid page', () => expect(schema.safeParse(page).success).toBe(true));
  it('rejects a missing lastReviewed', () => {
    const { lastReviewed: _omit, ...rest } = page;
    expect(problem(schema.safeParse(rest)).field).toBe('lastReviewed');
  });
  it('rejects a malformed lastReviewed', () => {
    expect(problem(schema.safeParse({ ...page, lastReviewed: '2026-11-31' }))).toEqual({
      field: 'lastReviewed', message: 'this date does not exist on the calendar',
    });
  });
  it('rejects a cited source id that does not exist, naming the id and the file to add', () => {
    const p = problem(schema.safeParse({ ...page, sources: ['dpscs-expungement', 'made-up'] }));
    expect(p.field).toBe('sources.1');
    expect(p.message).toContain('"made-up"');
    expect(p.message).toContain('content/sources/made-up.yaml');
  });
  it('rejects a page with no sources', () => {
    expect(problem(schema.safeParse({ ...page, sources: [] })).field).toBe('sources');
  });
  it('rejects a summary longer than one short sentence', () => {
    expect(problem(schema.safeParse({ ...page, summary: 'x'.repeat(201) })).field).toBe('summary');
  });
});

describe('sources', () => {
  it('accepts a valid source, with or without a published date', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, published: '2019-01-29' }).success).toBe(true);
  });
  it.each([
    ['url', { url: 'not a url' }],
    ['url', { url: 'ftp://example.org/file' }],
    ['kind', { kind: 'blog' }],
    ['accessed', { accessed: '2026/11/25' }],
    ['published', { published: '2019-02-30' }],
    ['publisher', { publisher: '' }],
  ])('rejects a bad %s', (field, change) => {
    expect(problem(sourceSchema.safeParse({ ...source, ...change })).field).toBe(field);
  });
});

describe('timeline, glossary and updates', () => {
  const event = { date: '2019-01-29', title: 'Policy announced', where: 'baltimore', summary: 'The change.', sources: ['dpscs-expungement'] };
  it('accepts a valid event and defaults key to false', () => {
    const parsed = timelineSchema(known).parse(event);
    expect(parsed.key).toBe(false);
  });
  it('rejects an event citing an unknown source', () => {
    expect(problem(timelineSchema(known).safeParse({ ...event, sources: ['nope'] })).field).toBe('sources.0');
  });
  it('rejects an event with a malformed date or an unknown place', () => {
    expect(problem(timelineSchema(known).safeParse({ ...event, date: '2019-1-29' })).field).toBe('date');
    expect(problem(timelineSchema(known).safeParse({ ...event, where: 'mars' })).field).toBe('where');
  });
  it('rejects a glossary term citing an unknown source', () => {
    const term = { term: 'Stet', definition: 'Put on hold.', sources: ['governor-pardon', 'gone'] };
    expect(glossarySchema(known).safeParse({ ...term, sources: ['governor-pardon'] }).success).toBe(true);
    expect(problem(glossarySchema(known).safeParse(term)).field).toBe('sources.1');
  });
  it('rejects an update naming a page path that is not a site path', () => {
    const update = { date: '2026-11-25', pages: ['/relief/'], title: 'T', change: 'C', why: 'W' };
    expect(updateSchema.safeParse(update).success).toBe(true);
    expect(problem(updateSchema.safeParse({ ...update, pages: ['relief'] })).field).toBe('pages.0');
  });
});
