/**
 * The site search: ranks index entries for a query and marks what matched.
 * Pure and shared: the search page's island runs it in the browser, and the
 * tests run it on the real built index, so the tests measure what people get.
 *
 * How a query is matched:
 * 1. expandQuery() turns it into units ("nol pros" → "nolle prosequi";
 *    "weed" → cannabis or marijuana; "pardon 2024" → pardon, 2024).
 * 2. Each alternative of each unit is searched with Fuse (fuzzy, anywhere in
 *    the text, weighted: title > aliases > page title > text). Short words
 *    must match exactly; longer ones may have one or two typos.
 * 3. An entry that matches every unit ranks above one that matches only some;
 *    among equals, the product of the unit scores decides (lower is better),
 *    eased for entries on a page that is largely about the query (when most
 *    of a page's sections match, each of them ranks a little higher) and for
 *    entries that hold the query's words together, in order.
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import type { EntryKind, SearchEntry, SearchIndex } from './build-index';
import type { Marked } from './marks';
import { expandQuery, normalizeQuery, type QueryUnit } from './synonyms';

export type { Marked };

export interface SearchHit {
  url: string;
  kind: EntryKind;
  title: Marked;
  /** The page that holds the entry; absent for a page itself. */
  page?: string;
  /** An alias that matched when the title did not ("nol pros" for Nolle prosequi). */
  alias?: Marked;
  snippet: Marked;
  /** Lower is better. */
  score: number;
  /** How many of the query's units the entry matched. */
  matched: number;
}

export interface SearchOutcome {
  /** What was searched for, after expansion. */
  units: QueryUnit[];
  /** Number of entries found (hits may be fewer: see `limit`). */
  total: number;
  hits: SearchHit[];
}

export const KEYS = [
  { name: 't', weight: 3 },
  { name: 'a', weight: 2 },
  { name: 'p', weight: 0.5 },
  { name: 'x', weight: 1 },
];

const BASE_OPTIONS: IFuseOptions<SearchEntry> = {
  keys: KEYS,
  ignoreLocation: true,
  includeScore: true,
  shouldSort: false,
  minMatchCharLength: 1,
};

/** Typos allowed in a word or phrase of this many characters: none in short words, "expungment" is fine. */
export function maxErrors(length: number): number {
  if (length <= 4) return 0;
  if (length <= 6) return 1;
  if (length <= 14) return 2;
  return Math.floor(length * 0.2);
}

/** The Fuse threshold (errors ÷ length) that allows maxErrors(length) typos and no more. */
export function thresholdFor(length: number): number {
  return maxErrors(length) / length + 1e-9;
}

/** How much (at most) a page's share of matching entries lowers the score of each of them. */
const PAGE_TOPICALITY = 0.5;
/** Score factor for an entry that holds the whole query as typed, words in order. */
const PHRASE_BONUS = 0.5;

const SNIPPET_LENGTH = 170;
const SNIPPET_LEAD = 50;

export class SiteSearch {
  readonly entries: readonly SearchEntry[];
  private readonly fuseIndex;
  private readonly fuses = new Map<number, Fuse<SearchEntry>>();
  /** The page (URL without anchor) of each entry, and how many entries each page has. */
  private readonly pageOf: string[];
  private readonly pageSize = new Map<string, number>();

  constructor(index: SearchIndex) {
    this.entries = index.e;
    this.fuseIndex = Fuse.createIndex(KEYS, index.e);
    this.pageOf = index.e.map((e) => e.u.split('#')[0]);
    for (const page of this.pageOf) this.pageSize.set(page, (this.pageSize.get(page) ?? 0) + 1);
  }

  private fuseFor(threshold: number): Fuse<SearchEntry> {
    let fuse = this.fuses.get(threshold);
    if (!fuse) {
      fuse = new Fuse(this.entries, { ...BASE_OPTIONS, threshold }, this.fuseIndex);
      this.fuses.set(threshold, fuse);
    }
    return fuse;
  }

  /** Best score (lower is better) of each entry that matches any alternative of the unit. */
  private scoreUnit(unit: QueryUnit): Map<number, number> {
    const scores = new Map<number, number>();
    for (const alt of unit) {
      for (const r of this.fuseFor(thresholdFor(alt.length)).search(alt)) {
        const score = r.score ?? 1;
        const before = scores.get(r.refIndex);
        if (before === undefined || score < before) scores.set(r.refIndex, score);
      }
    }
    return scores;
  }

  search(query: string, limit = 50): SearchOutcome {
    const units = expandQuery(query);
    if (units.length === 0) return { units, total: 0, hits: [] };
    const perUnit = units.map((u) => this.scoreUnit(u));
    const found = new Map<number, { matched: number; score: number }>();
    perUnit.forEach((scores) => {
      for (const [idx, score] of scores) {
        const f = found.get(idx) ?? { matched: 0, score: 1 };
        f.matched += 1;
        f.score *= score;
        found.set(idx, f);
      }
    });
    // Topicality: the share of a page's entries that match. A page mostly about the query lifts its entries by up to half.
    const matchedOnPage = new Map<string, number>();
    for (const idx of found.keys()) matchedOnPage.set(this.pageOf[idx], (matchedOnPage.get(this.pageOf[idx]) ?? 0) + 1);
    for (const [idx, f] of found) {
      const page = this.pageOf[idx];
      f.score *= 1 - PAGE_TOPICALITY * ((matchedOnPage.get(page) ?? 0) / (this.pageSize.get(page) ?? 1));
    }
    // Words typed together that appear together ("question 4", "fee waiver") rank higher.
    const phrase = normalizeQuery(query);
    if (units.length > 1 && phrase.includes(' ')) {
      for (const [idx, f] of found) {
        const e = this.entries[idx];
        if (normalizeQuery(`${e.t} ${e.x}`).includes(phrase)) f.score *= PHRASE_BONUS;
      }
    }
    // With several units, an entry must match at least half of them.
    const needed = Math.ceil(units.length / 2);
    const ranked = [...found]
      .filter(([, f]) => f.matched >= needed)
      .sort(([ia, a], [ib, b]) => b.matched - a.matched || a.score - b.score || ia - ib);
    const terms = units.flat();
    const hits = ranked.slice(0, limit).map(([idx, f]) => toHit(this.entries[idx], terms, f.score, f.matched));
    return { units, total: ranked.length, hits };
  }
}

const cache = new WeakMap<SearchIndex, SiteSearch>();

/** Searches the index (the Fuse set-up is built once per index and kept). */
export function search(index: SearchIndex, query: string, limit = 50): SearchOutcome {
  let searcher = cache.get(index);
  if (!searcher) {
    searcher = new SiteSearch(index);
    cache.set(index, searcher);
  }
  return searcher.search(query, limit);
}

function toHit(entry: SearchEntry, terms: readonly string[], score: number, matched: number): SearchHit {
  const titleRanges = markRanges(entry.t, terms);
  let alias: Marked | undefined;
  if (titleRanges.length === 0 && entry.a) {
    for (const a of entry.a) {
      const ranges = markRanges(a, terms);
      if (ranges.length > 0) {
        alias = { text: a, ranges };
        break;
      }
    }
  }
  const hit: SearchHit = {
    url: entry.u,
    kind: entry.k,
    title: { text: entry.t, ranges: titleRanges },
    snippet: snippetOf(entry.x, terms),
    score,
    matched,
  };
  if (entry.p) hit.page = entry.p;
  if (alias) hit.alias = alias;
  return hit;
}

/** Text folded for matching, the same length as the original so that ranges carry over. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'");
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Edit distance (Levenshtein), giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The ranges of `text` to mark for the query terms: each whole word that
 * starts with a query word, or (when a word is nowhere in the text exactly)
 * each word within the allowed typos of it ("expungement" for "expungment").
 */
export function markRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = fold(text);
  const words = [...folded.matchAll(WORD)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: m[0] }));
  const ranges: [number, number][] = [];
  const queryWords = new Set<string>();
  for (const term of terms) {
    // A whole phrase first ("nolle prosequi"), then its words one by one.
    const phrase = normalizeQuery(term);
    let at = phrase.includes(' ') ? folded.indexOf(phrase) : -1;
    if (at >= 0) {
      while (at >= 0) {
        ranges.push([at, at + phrase.length]);
        at = folded.indexOf(phrase, at + phrase.length);
      }
      continue;
    }
    for (const w of phrase.split(' ')) if (w.length >= 3 || /\d/.test(w) || phrase === w) queryWords.add(w);
  }
  for (const q of queryWords) {
    const bare = q.replace(/'/g, '');
    const exact = words.filter((w) => w.word.replace(/'/g, '').startsWith(bare));
    const chosen = exact.length > 0 ? exact : words.filter((w) => fuzzyWordMatch(w.word.replace(/'/g, ''), bare));
    for (const w of chosen) ranges.push([w.start, w.end]);
  }
  return mergeRanges(ranges, text);
}

function fuzzyWordMatch(word: string, query: string): boolean {
  const k = maxErrors(query.length);
  if (k === 0) return false;
  // The query may be a prefix of a longer word ("expungment" in "expungements").
  for (let len = Math.max(1, query.length - k); len <= Math.min(word.length, query.length + k); len += 1) {
    if (editDistance(query, word.slice(0, len), k) <= k) return true;
  }
  return false;
}

/** Sorted, overlapping ranges joined; ranges one space apart joined too ("State’s Attorney" is one mark). */
function mergeRanges(ranges: [number, number][], text: string): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (r[0] <= last[1] || (r[0] === last[1] + 1 && text[last[1]] === ' '))) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** About SNIPPET_LENGTH characters of `text` around its first match, cut at word boundaries, with "…" where cut. */
export function snippetOf(text: string, terms: readonly string[], length = SNIPPET_LENGTH): Marked {
  const all = markRanges(text, terms);
  if (text.length <= length) return { text, ranges: all };
  const first = all[0]?.[0] ?? 0;
  let start = Math.max(0, first - SNIPPET_LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length * 0.6) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? ' …' : '';
  const body = text.slice(start, end).replace(/[\s,;:]+$/, '');
  const ranges = all
    .filter(([s, e]) => s < start + body.length && e > start)
    .map(([s, e]): [number, number] => [Math.max(s, start) - start + lead.length, Math.min(e, start + body.length) - start + lead.length]);
  return { text: lead + body + tail, ranges };
}
