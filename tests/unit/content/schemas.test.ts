import { describe, expect, it } from 'vitest';
import {
  glossarySchema, isoDate, pageSchema, partialDate, sourceSchema, timelineSchema, updateSchema,
} from '../../../src/lib/content/schemas';
import { COPY_HOSTS, REFUSED_HOSTS, copyHostOf, refusedHostOf, refusedHostsIn, trackingParamsOf } from '../../../src/lib/content/hosts';

const known = new Set(['dpscs-expungement', 'governor-pardon']);
const page = { title: 'Steps', summary: 'How to clear a record.', lastReviewed: '2026-11-25', sources: ['dpscs-expungement'] };
const source = { title: 'Expungement', publisher: 'DPSCS', url: 'https://dpscs.maryland.gov/publicservs/expung.shtml', read: '2026-11-25', kind: 'government' };

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
    ['read', { read: '2026/11/25' }],
    ['published', { published: '2019-02-30' }],
    ['publisher', { publisher: '' }],
  ])('rejects a bad %s', (field, change) => {
    expect(problem(sourceSchema.safeParse({ ...source, ...change })).field).toBe(field);
  });
});

describe('sources: original addresses, labelled copies, no trackers', () => {
  const copy = 'https://app.legiplex.com/md/legislature/2022/2022-r/bills/hb837/drafts-latest';
  const official = 'https://mgaleg.maryland.gov/mgawebsite/Legislation/Details/hb0837?ys=2022RS';

  it('accepts an official url with a labelled copy, and a copy alone when no original is known', () => {
    expect(sourceSchema.safeParse({ ...source, url: official, copyUrl: copy, copyNote: 'Read on Legiplex.' }).success).toBe(true);
    const { url: _omit, ...noUrl } = source;
    expect(sourceSchema.safeParse({ ...noUrl, copyUrl: copy, copyNote: 'Read on Legiplex.' }).success).toBe(true);
  });
  it('rejects a url on a copy or tracker host, naming the host and where the address belongs', () => {
    const p = problem(sourceSchema.safeParse({ ...source, url: copy }));
    expect(p.field).toBe('url');
    expect(p.message).toContain('legiplex.com');
    expect(p.message).toContain('copyUrl');
  });
  it('rejects a tracking parameter in url', () => {
    const p = problem(sourceSchema.safeParse({ ...source, url: 'https://www.justice.gov/pardon/presidential-proclamation-marijuana-possession?ref=readtangle.com' }));
    expect(p.field).toBe('url');
    expect(p.message).toContain('"ref"');
  });
  it('rejects a tracking parameter in copyUrl', () => {
    const p = problem(sourceSchema.safeParse({ ...source, copyUrl: 'https://example.org/story?utm_source=feed', copyNote: 'A copy.' }));
    expect(p.field).toBe('copyUrl');
    expect(p.message).toContain('"utm_source"');
  });
  it('rejects http:// where the host is not known to be http-only', () => {
    const p = problem(sourceSchema.safeParse({ ...source, url: 'http://www.mdcourts.gov/media/news/2015/pr20151030.html' }));
    expect(p.field).toBe('url');
    expect(p.message).toContain('https://');
  });
  it('rejects a copy link without a note saying what the copy is', () => {
    expect(problem(sourceSchema.safeParse({ ...source, copyUrl: copy })).field).toBe('copyNote');
  });
  it('rejects a source with neither url nor copyUrl', () => {
    const { url: _omit, ...noUrl } = source;
    expect(problem(sourceSchema.safeParse(noUrl)).field).toBe('url');
  });
  it('accepts a date as precise as the source gives it, and nothing vaguer or impossible', () => {
    for (const ok of ['2019', '2019-03', '2019-03-06']) expect(partialDate.safeParse(ok).success).toBe(true);
    for (const bad of ['2019-13', '2019-3', 'March 2019', '2019-02-30']) expect(partialDate.safeParse(bad).success).toBe(false);
  });
  it('keeps two named lists: refused hosts (never linked) and copy hosts (a labelled copy only)', () => {
    for (const host of ['dloxt.com', 'newsonmedia.com', 'bingeeducational.com', 'moderncannabislifestyle.com', 'tristatealert.com', 'scribd.com',
      'tokersguide.com', 'newleafcannabisconsulting.com']) {
      expect(REFUSED_HOSTS[host], host).toBeTruthy();
      expect(COPY_HOSTS[host], host).toBeUndefined();
    }
    for (const host of ['lexace.ai', 'casetext.com', 'vlex.com', 'cetient.com', 'self-law.org', 'uslawyerdatabase.com', 'yumpu.com', 'vdocument.in',
      'cld.bz', 'legiplex.com', 'fastdemocracy.com', 'billtrack50.com', 'legiscan.com', 'pressreader.com', 'policetribune.com', 'justia.com']) {
      expect(COPY_HOSTS[host], host).toBeTruthy();
    }
    expect(refusedHostOf('https://id.scribd.com/document/1')?.host).toBe('scribd.com');
    expect(copyHostOf('https://user-lvkiktt.cld.bz/x')?.host).toBe('cld.bz');
    expect(copyHostOf('https://mgaleg.maryland.gov/x')).toBeNull();
    expect(refusedHostsIn('Read it at http://dloxt.com/index-1504.html or on the Sun.')).toEqual(['dloxt.com']);
    expect(refusedHostsIn('The Baltimore Sun reported it.')).toEqual([]);
    expect(trackingParamsOf('https://www.cbsnews.com/baltimore/news/x/?intcid=CNR-01-0623&page=2')).toEqual(['intcid']);
  });
  it('rejects a refused host in url or copyUrl, and accepts a reprint-only source with no link', () => {
    expect(problem(sourceSchema.safeParse({ ...source, url: 'http://dloxt.com/index-1504.html' })).message).toContain('refuses');
    expect(problem(sourceSchema.safeParse({ ...source, copyUrl: 'https://tristatealert.com/x/', copyNote: 'A copy.' })).message).toContain('refuses');
    const { url: _omit, ...noUrl } = source;
    expect(sourceSchema.safeParse({ ...noUrl, readOnReprint: true }).success).toBe(true);
    expect(problem(sourceSchema.safeParse({ ...noUrl, readOnReprint: true, copyUrl: 'https://example.org/x', copyNote: 'A copy.' })).field).toBe('copyUrl');
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
  const update = { date: '2026-11-25', kind: 'correction', pages: ['/relief/'], title: 'T', change: 'C', why: 'W' };
  it('rejects an update naming a page path that is not a site path', () => {
    expect(updateSchema.safeParse(update).success).toBe(true);
    expect(problem(updateSchema.safeParse({ ...update, pages: ['relief'] })).field).toBe('pages.0');
  });
  it('rejects an update that does not say whether it is a correction, a change in the law or new content', () => {
    const { kind: _omit, ...noKind } = update;
    expect(problem(updateSchema.safeParse(noKind)).field).toBe('kind');
    expect(problem(updateSchema.safeParse({ ...update, kind: 'tweak' })).field).toBe('kind');
  });
  it('rejects an update that calls a check a "legal review"', () => {
    const p = problem(updateSchema.safeParse({ ...update, title: 'Legal review of every page' }));
    expect(p.field).toBe('title');
    expect(p.message).toContain('no lawyer');
  });
});
