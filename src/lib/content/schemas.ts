/**
 * The shapes of every content entry. One definition serves the Astro build
 * (src/content.config.ts) and the unit tests, so a rule checked in a test is
 * the rule the build enforces.
 */
import { z } from 'astro/zod';
import { copyHostOf, needlessHttp, refusedHostOf, trackingParamsOf } from './hosts';
import { siteWords } from '../../../content/site/words';

/** A calendar date written as quoted text, "YYYY-MM-DD", that really exists. */
export const isoDate = z
  .string({ error: 'write the date as quoted text, for example "2026-11-25"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as "YYYY-MM-DD", for example "2026-11-25"')
  .refine((value) => isRealDate(value), 'this date does not exist on the calendar');

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A list of bibliography ids, each of which must name a file in content/sources/. */
export function sourceIdList(knownSourceIds: ReadonlySet<string>) {
  return z.array(z.string()).superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      if (!knownSourceIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `source id "${id}" does not exist: add content/sources/${id}.yaml or fix the id`,
        });
      }
    });
  });
}

export const sourceKinds = ['law', 'court', 'government', 'news', 'advocacy'] as const;
export type SourceKind = (typeof sourceKinds)[number];
/** The words for each kind (content/site/words.ts); the type makes sure every kind has one. */
export const sourceKindLabels: Record<SourceKind, string> = siteWords.labels.sourceKind;

/**
 * A publication date as precise as the source gives it: "2019-01-29", or
 * "2019-03" (a month) or "2019" (a year) when it gives no more.
 */
export const partialDate = z
  .string({ error: 'write the date as quoted text, for example "2019-01-29", "2019-03" or "2019"' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as "YYYY-MM-DD", "YYYY-MM" or "YYYY"')
  .refine((value) => isRealDate(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value), 'this date does not exist on the calendar');

/** An http(s) address that carries no tracking parameter and uses https unless its host is known to be http-only. */
function webAddress(field: 'url' | 'copyUrl') {
  return z.url({ protocol: /^https?$/ }).superRefine((value, ctx) => {
    const tracking = trackingParamsOf(value);
    if (tracking.length > 0) {
      ctx.addIssue({ code: 'custom', message: `${field} carries the tracking parameter${tracking.length > 1 ? 's' : ''} ${tracking.map((t) => `"${t}"`).join(', ')}: remove ${tracking.length > 1 ? 'them' : 'it'} from the address` });
    }
    const refused = refusedHostOf(value);
    if (refused) {
      ctx.addIssue({ code: 'custom', message: `${field} is on ${refused.host} (${refused.what}), a host this site refuses: find the original or an official or reputable copy; if only this host has the text and a claim depends on it, leave both addresses out and set readOnReprint: true` });
    }
    if (needlessHttp(value)) {
      ctx.addIssue({ code: 'custom', message: `${field} uses http://: write https:// (or, if the host truly serves only http, add it to HTTP_ONLY_HOSTS in src/lib/content/hosts.ts)` });
    }
  });
}

export const sourceSchema = z
  .object({
    /** The title as the publication gives it. */
    title: z.string().min(1),
    /**
     * True when the copy we read shows no title, so `title` is our own short
     * description; readers see it in [square brackets].
     */
    titleSupplied: z.boolean().default(false),
    /**
     * Author or byline as the publication gives it ("Tim Prudente"), or
     * "none-given" once its stored copy was checked and shows none. Left out
     * only while not yet checked (the build counts those; target 0).
     */
    author: z.string().min(1).optional(),
    publisher: z.string().min(1),
    /** As precise as the source gives it; omitted only when it gives no date (the bibliography then says so). */
    published: z.union([partialDate, z.literal('none-given')]).optional(),
    /** The original or official address. Optional only when it is not known and a labelled copy is given. */
    url: webAddress('url').optional(),
    /** Where we read the text when it was not at `url`: shown as a labelled "read a copy" link. */
    copyUrl: webAddress('copyUrl').optional(),
    /** What the copy is ("Reprinted by The York Dispatch"). */
    copyNote: z.string().min(1).optional(),
    /**
     * True when we read the text only on a reprint on a refused host
     * (hosts.ts): readers see "read on a reprint; original not seen", and
     * neither the reprint nor a guessed address is linked.
     */
    readOnReprint: z.boolean().default(false),
    /** The day we read the text. We read stored copies of web pages, never the live page, so this is not an "accessed" date. */
    read: isoDate,
    /** When the stored copy we read was captured, where we know it. */
    captured: isoDate.optional(),
    kind: z.enum(sourceKinds),
    /** A short caution shown beside the source. */
    note: z.string().optional(),
  })
  .superRefine((source, ctx) => {
    if (!source.url && !source.copyUrl && !source.readOnReprint) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a source needs url (the original or official address), or copyUrl when only a copy is known, or readOnReprint: true when we read it only on a refused host' });
    }
    if (source.readOnReprint && source.copyUrl) {
      ctx.addIssue({ code: 'custom', path: ['copyUrl'], message: 'readOnReprint means the copy we read is on a refused host and is not linked: leave copyUrl out' });
    }
    const copy = source.url ? copyHostOf(source.url) : null;
    if (copy) {
      ctx.addIssue({
        code: 'custom', path: ['url'],
        message: `url is on ${copy.host} (${copy.what}), not the original: put the original or official address in url and this one in copyUrl, with a copyNote`,
      });
    }
    if (source.copyUrl && !source.copyNote) {
      ctx.addIssue({ code: 'custom', path: ['copyNote'], message: 'say what the copy is (for example "Reprinted by The York Dispatch") in copyNote' });
    }
    if (source.copyNote && !source.copyUrl) {
      ctx.addIssue({ code: 'custom', path: ['copyUrl'], message: 'copyNote describes a copy, but there is no copyUrl' });
    }
    if (source.url && source.copyUrl && source.url === source.copyUrl) {
      ctx.addIssue({ code: 'custom', path: ['copyUrl'], message: 'copyUrl is the same as url: leave copyUrl out' });
    }
  });

export function pageSchema(knownSourceIds: ReadonlySet<string>) {
  return z.object({
    title: z.string().min(1),
    /** One plain sentence: used as the meta description and under the title. */
    summary: z.string().min(1).max(200),
    lastReviewed: isoDate,
    /**
     * True when the page states current law: it then shows how far the
     * sources we read reach and what we could not confirm (SourcesStamp),
     * never a "law as of" date we cannot back.
     */
    currentLaw: z.boolean().default(false),
    /** When the page was first published; the cite block shows it (default: the site's launch date in the site configuration). */
    firstPublished: isoDate.optional(),
    /** Bibliography ids, numbered on the page in this order. */
    sources: sourceIdList(knownSourceIds).min(1, 'a content page must cite at least one source'),
  });
}

export const places = ['baltimore', 'maryland', 'elsewhere'] as const;
export type Place = (typeof places)[number];
export const placeLabels: Record<Place, string> = siteWords.labels.place;

export function timelineSchema(knownSourceIds: ReadonlySet<string>) {
  return z.object({
    date: isoDate,
    title: z.string().min(1),
    where: z.enum(places),
    /** Where the place is "elsewhere": the city or state, e.g. "Seattle, Washington". */
    place: z.string().optional(),
    summary: z.string().min(1),
    /** Shown in the home page's "Key dates". */
    key: z.boolean().default(false),
    sources: sourceIdList(knownSourceIds).min(1, 'every timeline event needs a source'),
  });
}

export function glossarySchema(knownSourceIds: ReadonlySet<string>) {
  return z.object({
    term: z.string().min(1),
    /** Other spellings and shorthand people search for ("nol pros"). */
    aliases: z.array(z.string()).default([]),
    definition: z.string().min(1),
    sources: sourceIdList(knownSourceIds).min(1, 'every glossary term needs a source'),
  });
}

/** What kind of change an /updates/ entry records. */
export const updateKinds = ['correction', 'law', 'new'] as const;
export type UpdateKind = (typeof updateKinds)[number];
export const updateKindLabels: Record<UpdateKind, string> = siteWords.labels.updateKind;

export const updateSchema = z.object({
  /** The day the change was made on the site (not the day of the event it describes). */
  date: isoDate,
  kind: z.enum(updateKinds, { error: 'kind must be correction, law (a change in the law) or new (new content)' }),
  /** Site paths of the pages changed, e.g. "/expungement/". */
  pages: z.array(z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'write a site path like "/expungement/"')).min(1),
  title: z.string().min(1)
    .refine((t) => !/legal review/i.test(t), 'no lawyer reviewed this site: do not call a check a "legal review"'),
  change: z.string().min(1)
    .refine((t) => !/legal review/i.test(t), 'no lawyer reviewed this site: do not call a check a "legal review"'),
  why: z.string().min(1),
});

export type Source = z.infer<typeof sourceSchema>;
