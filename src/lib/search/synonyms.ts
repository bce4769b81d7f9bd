/**
 * Query expansion for the site search: the shorthand, slang and common
 * misspellings people type, mapped to the words this site uses. Data, not
 * code: add a row when someone searches for a word we do not use.
 *
 * - `canonical`: the word or phrase the site's text uses.
 * - `variants`: what people type instead. A variant is replaced by the
 *   canonical term (the variant itself is not searched: "pot" would match
 *   "potential", "pbj" matches nothing).
 * - `equivalents`: other words the site also uses for the same thing. Typing
 *   any of them, or the canonical term, or a variant, searches for all of
 *   them, so "marijuana" and "cannabis" find the same pages.
 *
 * Everything is lower case; words are separated by single spaces.
 */
export interface SynonymGroup {
  canonical: string;
  variants: readonly string[];
  equivalents?: readonly string[];
}

export const SYNONYMS: readonly SynonymGroup[] = [
  {
    canonical: 'cannabis',
    equivalents: ['marijuana'],
    variants: ['weed', 'pot', 'marihuana', 'marjuana', 'marijuanna', 'mariuana', 'cannibis', 'canabis', 'cannabus', 'reefer', 'ganja', 'mj', 'thc'],
  },
  {
    canonical: 'nolle prosequi',
    variants: [
      'nol pros', 'nol prosse', 'nol prossed', 'nol prosequi', 'nolle pros', 'nolle prosse', 'nolle prossed', 'nolle prosequied',
      'nollie pros', 'nolly pros', 'nole pros', 'nolpros', 'nollepros', 'nolle', 'nolle pross', 'nol',
    ],
  },
  {
    canonical: 'probation before judgment',
    variants: ['pbj', 'p b j', 'probation before judgement', 'probation before judgmen', 'pbjs'],
  },
  {
    canonical: 'expungement',
    variants: [
      'expunge', 'expunged', 'expunging', 'expungment', 'expungements', 'expungments', 'expugement', 'expungemnt', 'expugnement',
      'expungemet', 'expungent', 'expundgement', 'expungeable',
    ],
  },
  { canonical: 'stet', variants: ['stetted', 'stet docket', 'stet docketed', 'stets'] },
  { canonical: 'shielding', variants: ['shield', 'shielded', 'sheilding', 'sheild'] },
  { canonical: 'vacatur', equivalents: ['vacate'], variants: ['vacated', 'vacating', 'vacation of conviction', 'vacature'] },
  { canonical: 'pardon', variants: ['pardons', 'pardoned', 'pardonned', 'pardner', 'clemency'] },
  { canonical: 'acquittal', equivalents: ['not guilty'], variants: ['acquitted', 'aquitted', 'aquittal', 'acquital'] },
  { canonical: 'controlled dangerous substance', variants: ['cds'] },
  { canonical: 'possession with intent to distribute', variants: ['pwid', 'intent to distribute', 'possession with intent'] },
  { canonical: "state's attorney", variants: ['state attorney', 'sao', 'da', 'district attorney', 'prosecutors office'] },
  { canonical: 'maryland', variants: ['md'] },
  { canonical: 'department of public safety and correctional services', variants: ['dpscs'] },
  { canonical: 'maryland volunteer lawyers service', variants: ['mvls'] },
  { canonical: 'fee', equivalents: ['cost'], variants: ['fees', 'costs', 'filing fee', 'price'] },
  { canonical: 'waiver', variants: ['waive', 'waived', 'waivers', 'fee waver', 'waver'] },
  { canonical: 'lawyer', equivalents: ['legal help', 'legal aid'], variants: ['lawyers', 'atty', 'counsel'] },
  { canonical: 'case search', variants: ['casesearch', 'judiciary case search', 'md case search', 'case lookup'] },
  { canonical: 'decriminalization', variants: ['decrim', 'decriminalize', 'decriminalized', 'decriminalisation'] },
  { canonical: 'legalization', variants: ['legalize', 'legalized', 'legalisation', 'legalise'] },
];

/** Words that carry no meaning in a search ("how do I expunge my record"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'can', 'could', 'do', 'does', 'for', 'from', 'get', 'how', 'i', 'if', 'in', 'is',
  'it', 'me', 'my', 'of', 'on', 'or', 'so', 'the', 'to', 'was', 'what', 'when', 'where', 'which', 'who', 'why', 'with', 'you', 'your',
]);

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
