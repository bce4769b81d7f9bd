/**
 * The site search's language data: the shorthand, slang and common misspellings
 * people type, mapped to the words this site uses, and the words that carry no
 * meaning in a query. Data, not code (src/lib/search/synonyms.ts uses it): add a
 * row when someone searches for a word we do not use. A translation has its own.
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

