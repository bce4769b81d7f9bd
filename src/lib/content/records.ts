/** Content entries as plain records, shared by the open-data files and the search index. Build-time only. */
import { getCollection } from 'astro:content';
import { locale } from '../../../content/site/locale';
import type { GlossaryRecord, SourceRecord, TimelineRecord } from '../open-data';

export async function timelineRecords(site: URL): Promise<TimelineRecord[]> {
  const events = (await getCollection('timeline')).sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return events.map(({ id, data }) => ({
    id, date: data.date, title: data.title, where: data.where, place: data.place ?? null, summary: data.summary,
    sources: data.sources, url: new URL(`/history/#${id}`, site).href,
  }));
}

export async function sourceRecords(): Promise<SourceRecord[]> {
  const sources = (await getCollection('sources')).sort((a, b) => a.id.localeCompare(b.id));
  return sources.map(({ id, data }) => ({
    id, title: data.title, titleSupplied: data.titleSupplied, author: data.author ?? null, publisher: data.publisher,
    published: data.published ?? null, url: data.url ?? null, copyUrl: data.copyUrl ?? null, copyNote: data.copyNote ?? null, readOnReprint: data.readOnReprint,
    read: data.read, captured: data.captured ?? null, kind: data.kind, note: data.note ?? null,
  }));
}

export async function glossaryRecords(site: URL): Promise<GlossaryRecord[]> {
  const terms = (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, locale.lang));
  return terms.map(({ id, data }) => ({
    id, term: data.term, aliases: data.aliases, definition: data.definition, sources: data.sources,
    url: new URL(`/glossary/#${id}`, site).href,
  }));
}
