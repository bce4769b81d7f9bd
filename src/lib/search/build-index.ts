/**
 * Builds the site-search index from the content, at build time: one entry
 * per page (its summary and opening text), one per h2/h3 section, one per
 * glossary term and one per timeline event. Pure: it takes rendered HTML
 * and plain records, so it can be tested on fixtures and has no list of its
 * own to maintain.
 *
 * The index is served as /search-index.json and fetched only by the search
 * page, so it is kept small: short keys, and only the first MAX_TEXT
 * characters of each text (enough to match on and to show a snippet).
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { formatDate } from '../site';
import { locale } from '../../../content/site/locale';

/** Kinds of entry: p = page, s = section of a page, g = glossary term, e = timeline event. */
export type EntryKind = 'p' | 's' | 'g' | 'e';

export interface SearchEntry {
  k: EntryKind;
  /** Site URL, with the section's anchor: "/expungement/#fees-and-fee-waivers". */
  u: string;
  /** Title: the page title, section heading, term or event title. */
  t: string;
  /** The title of the page that holds the entry (omitted for a page, where it equals `t`). */
  p?: string;
  /** Other names (glossary aliases). */
  a?: string[];
  /** Plain text, trimmed to MAX_TEXT characters at a word boundary. */
  x: string;
}

export interface SearchIndex {
  /** Format version. */
  v: 1;
  e: SearchEntry[];
}

export interface PageInput {
  /** Site path of the page: "/expungement/", "/check/result/stet/". */
  url: string;
  title: string;
  /** The one-sentence summary shown under the title. */
  summary?: string;
  /** Other names of the page: its navigation label ("Clear a record"), the words of its address ("expungement"). */
  aliases?: readonly string[];
  /** Rendered HTML of the page's text (headings with ids). */
  html: string;
}

export interface TermInput { id: string; term: string; aliases: readonly string[]; definition: string }

export interface EventInput { id: string; date: string; title: string; summary: string; place?: string | null }

export interface IndexInput {
  pages: readonly PageInput[];
  terms: readonly TermInput[];
  events: readonly EventInput[];
}

export interface IndexOptions {
  /** Characters of text kept per kind of entry (see MAX_TEXT). */
  maxText?: Partial<Record<EntryKind, number>>;
  glossaryUrl?: string;
  glossaryTitle?: string;
  historyUrl?: string;
  historyTitle?: string;
}

/**
 * Characters of text kept for each kind of entry: enough to match on and to
 * show a snippet, small enough for the page's byte budget (the index and the
 * search JavaScript load together on /search/).
 */
export const MAX_TEXT: Record<EntryKind, number> = { p: 200, s: 170, g: 200, e: 150 };

export interface Section {
  id: string;
  level: number;
  title: string;
  text: string;
}

/** Elements whose content is not readable text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** Elements that end a line of text (their edges become spaces). */
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'tr', 'td', 'th', 'table',
  'thead', 'tbody', 'blockquote', 'section', 'aside', 'figure', 'figcaption', 'pre', 'details', 'summary',
]);

/** Left out of the text: citation marks ("[3]") and the section "#" links with their hidden labels. */
const dropped = (el: HTMLElement) =>
  NOT_TEXT.has(el.rawTagName?.toLowerCase() ?? '') || (el.classList.contains('cite') && el.rawTagName === 'sup') || (el.classList.contains('section-link') && el.rawTagName === 'a');

const tidy = (text: string) =>
  text
    .replace(/\u00ad/g, '') // soft hyphens
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

const parseFragment = (html: string) => parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });

/**
 * Walks a parsed fragment in document order, appending its text (entities decoded by
 * the parser) to the buffer `into()` names at that moment; `claim` may take an element
 * over (its text is then not appended).
 */
function walkText(node: Node, into: () => string[], claim?: (el: HTMLElement) => boolean): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    into().push(node.text);
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  if (dropped(el) || claim?.(el)) return;
  const block = BLOCK.has(el.rawTagName?.toLowerCase() ?? '');
  if (block) into().push(' ');
  for (const child of el.childNodes) walkText(child, into, claim);
  if (block) into().push(' ');
}

/**
 * Readable plain text of an HTML fragment: citation marks ("[3]"), section
 * "#" links and hidden labels removed, block ends turned into spaces,
 * entities decoded.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  walkText(parseFragment(html), () => out);
  return tidy(out.join(''));
}

/** Splits rendered HTML at its h2 and h3 headings (with ids): the text before the first heading, then each section with its own text. */
export function splitSections(html: string): { intro: string; sections: Section[] } {
  const intro: string[] = [];
  const found: { id: string; level: number; title: string[]; text: string[] }[] = [];
  let current = intro;
  walkText(parseFragment(html), () => current, (el) => {
    const tag = el.rawTagName?.toLowerCase();
    const id = el.getAttribute('id');
    if ((tag !== 'h2' && tag !== 'h3') || !id) return false;
    const section = { id, level: Number(tag[1]), title: [] as string[], text: [] as string[] };
    for (const child of el.childNodes) walkText(child, () => section.title);
    found.push(section);
    current = section.text; // the text that follows belongs to this section
    return true;
  });
  return {
    intro: tidy(intro.join('')),
    sections: found.map((f) => ({ id: f.id, level: f.level, title: tidy(f.title.join('')), text: tidy(f.text.join('')) })),
  };
}

/** The first `max` characters of `text`, cut at a word boundary. */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:–—-]+$/, '');
}

function anchor(url: string, id: string): string {
  return `${url}#${id}`;
}

export function buildSearchIndex(input: IndexInput, options: IndexOptions = {}): SearchIndex {
  const max = { ...MAX_TEXT, ...options.maxText };
  const glossaryUrl = options.glossaryUrl ?? '/glossary/';
  const glossaryTitle = options.glossaryTitle ?? 'Glossary';
  const historyUrl = options.historyUrl ?? '/history/';
  const historyTitle = options.historyTitle ?? 'History';
  const entries: SearchEntry[] = [];

  for (const page of input.pages) {
    const { intro, sections } = splitSections(page.html);
    const opening = [page.summary ?? '', intro].filter(Boolean).join(' ');
    const pageEntry: SearchEntry = { k: 'p', u: page.url, t: page.title, x: trimText(opening, max.p) };
    const fold = (a: string) => a.trim().toLowerCase();
    const aliases = [...new Set((page.aliases ?? []).map((a) => a.trim()).filter((a) => a && fold(a) !== fold(page.title)))];
    if (aliases.length > 0) pageEntry.a = aliases;
    entries.push(pageEntry);
    for (const s of sections) {
      entries.push({ k: 's', u: anchor(page.url, s.id), t: s.title, p: page.title, x: trimText(s.text, max.s) });
    }
  }
  for (const term of input.terms) {
    const entry: SearchEntry = { k: 'g', u: anchor(glossaryUrl, term.id), t: term.term, p: glossaryTitle, x: trimText(htmlToText(term.definition), max.g) };
    if (term.aliases.length > 0) entry.a = [...term.aliases];
    entries.push(entry);
  }
  for (const event of input.events) {
    const when = [formatDate(event.date), event.place].filter(Boolean).join(', ');
    entries.push({ k: 'e', u: anchor(historyUrl, event.id), t: event.title, p: historyTitle, x: trimText(`${when}: ${htmlToText(event.summary)}`, max.e) });
  }
  return { v: 1, e: entries };
}

/** The A to Z index of the search page: pages, sections and glossary terms, grouped by first letter. */
export interface AzItem { title: string; url: string; kind: EntryKind; page?: string }
export interface AzGroup { letter: string; id: string; items: AzItem[] }

/**
 * Sections of the checker's explanation pages (/check/result/…) are left out
 * of the A to Z: their headings repeat on every one ("Who it fits"). The
 * pages themselves are listed, and search still finds their sections.
 */
const AZ_SKIPS_SECTIONS_UNDER = '/check/';

export function azGroups(index: SearchIndex): AzGroup[] {
  const items: AzItem[] = index.e
    .filter((e) => e.k === 'p' || e.k === 'g' || (e.k === 's' && !e.u.startsWith(AZ_SKIPS_SECTIONS_UNDER)))
    .map((e) => ({ title: e.t, url: e.u, kind: e.k, page: e.p }));
  const sortKey = (title: string) => title.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(the|a|an)\s+/i, '');
  items.sort((a, b) => sortKey(a.title).localeCompare(sortKey(b.title), locale.lang, { sensitivity: 'base', numeric: true }) || a.url.localeCompare(b.url));
  const groups = new Map<string, AzItem[]>();
  for (const item of items) {
    const first = sortKey(item.title).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '0–9';
    const list = groups.get(letter) ?? [];
    list.push(item);
    groups.set(letter, list);
  }
  return [...groups].map(([letter, list]) => ({ letter, id: letter === '0–9' ? 'az-0-9' : `az-${letter.toLowerCase()}`, items: list }))
    .sort((a, b) => (a.letter === '0–9' ? -1 : b.letter === '0–9' ? 1 : a.letter.localeCompare(b.letter)));
}
