/**
 * Loads a Markdown entry (a site page or a checker explanation page) ready
 * to render: citations numbered and linked, sections linkable, sources
 * resolved in citation order. Build-time only (uses astro:content).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { CitationNumbers, linkCitations } from './citations';
import { insertWords } from './inserts';
import { reviewAgeWarning } from './review-age';

export type ProseCollection = 'pages' | 'screeningPaths' | 'screeningVerdicts';
export type ProseEntry = CollectionEntry<ProseCollection>;
export type SourceEntry = CollectionEntry<'sources'>;

export interface LoadedPage {
  entry: ProseEntry;
  html: string;
  sources: SourceEntry[];
  usesBySource: Map<number, string[]>;
}

export async function loadProse(collection: ProseCollection, id: string): Promise<LoadedPage> {
  const entry = (await getEntry(collection, id)) as ProseEntry | undefined;
  if (!entry) throw new Error(`No entry "${id}" in content collection "${collection}"`);
  return prepare(entry);
}

export async function loadAllProse(collection: ProseCollection): Promise<LoadedPage[]> {
  const entries = (await getCollection(collection)) as ProseEntry[];
  return Promise.all(entries.map(prepare));
}

/** Files already warned about, so that a page loaded by several routes is flagged once. */
const warned = new Set<string>();

async function prepare(entry: ProseEntry): Promise<LoadedPage> {
  const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
  const warning = reviewAgeWarning(entry.data.lastReviewed, new Date(), file);
  if (warning && !warned.has(file)) {
    warned.add(file);
    console.warn(`\n⚠️  ${warning}\n`);
  }
  if (!entry.rendered) {
    throw new Error(`${file}: the Markdown could not be rendered; see the "Error rendering" message above (for example a heading without its {#id})`);
  }
  const { html, usesBySource } = linkCitations(insertWords(entry.rendered.html, file), entry.data.sources, file);
  const sources = await resolveSources(entry.data.sources, file);
  return { entry, html, sources, usesBySource };
}

export async function resolveSources(ids: readonly string[], citedBy: string): Promise<SourceEntry[]> {
  return Promise.all(
    ids.map(async (id) => {
      const source = await getEntry('sources', id);
      if (!source) throw new Error(`${citedBy}: source "${id}" not found`);
      return source;
    }),
  );
}

/**
 * For a page that shows data under its text (timeline events, glossary
 * terms): each item's citation marks, and the one numbered source list for
 * the text and the items together.
 */
export async function citeItems(page: LoadedPage, items: readonly { id: string; data: { sources: readonly string[] } }[]) {
  const numbers = new CitationNumbers(page.entry.data.sources, page.usesBySource);
  const marks = new Map(items.map((item) => [item.id, item.data.sources.map((id) => numbers.cite(id))]));
  const sources = await resolveSources(numbers.ids, page.entry.filePath ?? page.entry.id);
  return { marks, citations: { sources, usesBySource: numbers.usesBySource } };
}
