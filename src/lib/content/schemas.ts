/**
 * The shapes of every content entry. One definition serves the Astro build
 * (src/content.config.ts) and the unit tests, so a rule checked in a test is
 * the rule the build enforces.
 */
import { z } from 'astro/zod';

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
export const sourceKindLabels: Record<SourceKind, string> = {
  law: 'Statute or bill',
  court: 'Court',
  government: 'Government',
  news: 'News',
  advocacy: 'Advocacy, legal aid or other secondary source',
};

export const sourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Omitted when the page shows no date; the bibliography then says "no date". */
  published: isoDate.optional(),
  url: z.url({ protocol: /^https?$/ }),
  accessed: isoDate,
  kind: z.enum(sourceKinds),
  /** A short caution shown beside the source, e.g. that it is a reprint. */
  note: z.string().optional(),
});

export function pageSchema(knownSourceIds: ReadonlySet<string>) {
  return z.object({
    title: z.string().min(1),
    /** One plain sentence: used as the meta description and under the title. */
    summary: z.string().min(1).max(200),
    lastReviewed: isoDate,
    /** The date of the law the page describes, shown as "Law as of". */
    lawAsOf: isoDate.optional(),
    /** Bibliography ids, numbered on the page in this order. */
    sources: sourceIdList(knownSourceIds).min(1, 'a content page must cite at least one source'),
  });
}

export const places = ['baltimore', 'maryland', 'elsewhere'] as const;
export type Place = (typeof places)[number];
export const placeLabels: Record<Place, string> = {
  baltimore: 'Baltimore City',
  maryland: 'Maryland',
  elsewhere: 'Elsewhere',
};

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

export const updateSchema = z.object({
  date: isoDate,
  /** Site paths of the pages changed, e.g. "/expungement/". */
  pages: z.array(z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'write a site path like "/expungement/"')).min(1),
  title: z.string().min(1),
  change: z.string().min(1),
  why: z.string().min(1),
});

export type Source = z.infer<typeof sourceSchema>;
