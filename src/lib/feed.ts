/** The Atom feed of /updates/: one entry per substantive change, newest first. */
import { escapeHtml as esc } from './html';
import { siteWords } from '../../content/site/words';

const KIND_LABELS: Record<string, string> = siteWords.labels.updateKind;
const w = siteWords.updates;

export interface UpdateItem { id: string; date: string; title: string; pages: string[]; change: string; why: string; kind?: string }

export function newestFirst<T extends { date: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

export function atomFeed(updates: readonly UpdateItem[], opts: { site: URL; title: string; author?: string }): string {
  const sorted = newestFirst(updates);
  const feedUrl = new URL('/updates.xml', opts.site).href;
  const pageUrl = new URL('/updates/', opts.site).href;
  const updated = sorted[0]?.date ?? '1970-01-01';
  const entries = sorted.map((u) => {
    const link = new URL(`/updates/#${u.id}`, opts.site).href;
    const pages = u.pages.map((p) => new URL(p, opts.site).href).join(', ');
    return [
      '  <entry>',
      `    <id>${esc(link)}</id>`,
      `    <title>${esc(u.title)}</title>`,
      `    <link rel="alternate" href="${esc(link)}"/>`,
      `    <updated>${u.date}T00:00:00Z</updated>`,
      ...(u.kind ? [`    <category term="${esc(u.kind)}" label="${esc(KIND_LABELS[u.kind] ?? u.kind)}"/>`] : []),
      `    <summary>${esc(`${u.change} ${w.why} ${u.why} ${w.pages} ${pages}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${esc(opts.title)}</title>`,
    `  <id>${esc(feedUrl)}</id>`,
    `  <link rel="self" href="${esc(feedUrl)}"/>`,
    `  <link rel="alternate" href="${esc(pageUrl)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${esc(opts.author ?? opts.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
