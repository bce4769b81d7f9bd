/**
 * Query expansion for the site search: a query's words, with the shorthand and
 * misspellings people type replaced by the site's own words. The data (synonym
 * groups and stop words) is language data, in content/site/search-synonyms.ts.
 */
import { STOP_WORDS, SYNONYMS, type SynonymGroup } from '../../../content/site/search-synonyms';

export { STOP_WORDS, SYNONYMS, type SynonymGroup };

/**
 * Lower case, straight quotes, no accents, and only the characters that can
 * be part of a word: "Nol. Pros.!" → "nol pros"; "10-105" stays one word.
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9'§-]+/g, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/'s\b/g, 's')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One thing to look for: any of these alternatives (the first is the site's own word). */
export type QueryUnit = readonly string[];

interface PhraseRow { words: string[]; group: SynonymGroup }

const ROWS: PhraseRow[] = SYNONYMS.flatMap((group) =>
  [group.canonical, ...(group.equivalents ?? []), ...group.variants].map((phrase) => ({ words: normalizeQuery(phrase).split(' '), group })),
).sort((a, b) => b.words.length - a.words.length);

const MAX_PHRASE_WORDS = Math.max(...ROWS.map((r) => r.words.length));

function alternatives(group: SynonymGroup): string[] {
  return [group.canonical, ...(group.equivalents ?? [])].map(normalizeQuery);
}

/**
 * Splits a query into units, each a list of alternatives to search for.
 * Known phrases ("nol pros", "probation before judgment") stay whole and
 * become the site's term; other words are searched one by one; stop words
 * are dropped unless the query has nothing else.
 *
 *   expandQuery("nol pros")    → [["nolle prosequi"]]
 *   expandQuery("weed charge") → [["cannabis", "marijuana"], ["charge"]]
 */
export function expandQuery(query: string): QueryUnit[] {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  const units: string[][] = [];
  let i = 0;
  while (i < words.length) {
    let matched: PhraseRow | undefined;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1 && !matched; n -= 1) {
      const phrase = words.slice(i, i + n).join(' ');
      matched = ROWS.find((r) => r.words.length === n && r.words.join(' ') === phrase);
    }
    if (matched) {
      units.push(alternatives(matched.group));
      i += matched.words.length;
    } else {
      units.push([words[i]]);
      i += 1;
    }
  }
  const meaningful = units.filter((u) => u.length > 1 || (!STOP_WORDS.has(u[0]) && (u[0].length > 1 || /\d/.test(u[0]))));
  const kept = meaningful.length > 0 ? meaningful : units;
  // The same unit twice ("weed marijuana") counts once.
  const seen = new Set<string>();
  return kept.filter((u) => {
    const key = u.join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
