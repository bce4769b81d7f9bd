/**
 * The words of the search page (/search/) and of its island. The island's script carries
 * searchBoxWords only (the page's words are not part of it).
 */
export const searchPageWords = {
  title: 'Search',
  description: 'Search every page, section, glossary term and timeline event on this site, or browse them all from A to Z.',
  lead: 'Search every page, section, glossary term and timeline event on this site, or browse them all from A to Z.',
  azHeading: 'A to Z index',
  azIntro: (count: number) => `All ${count} pages, sections and glossary terms, in alphabetical order. Each link goes straight to its place on the page.`,
  azLetters: 'A to Z index letters',
  kinds: { p: 'page', s: 'section', g: 'glossary term', e: 'timeline event' },
} as const;

export const searchBoxWords = {
  formLabel: 'Search this site',
  label: 'Search for a word, phrase or date',
  hint: 'For example: stet, expungement, PBJ, pardon 2024.',
  button: 'Search',
  noScript: 'Results appear here as you type when JavaScript is on. Without it, use the A to Z index below: it lists every page, section and glossary term on this site.',
  /** What and where a result is. */
  where: {
    term: 'Glossary term',
    event: 'Timeline event (History)',
    section: (page: string) => `Section of “${page}”`,
    outcome: 'Checker explanation page',
    page: 'Page',
  },
  loadFailed: 'Search could not load. Use the A to Z index below, or try again.',
  searching: 'Searching…',
  none: (q: string) => `No results for “${q}”. Check the spelling, try another word, or browse the A to Z index below.`,
  found: (n: number, q: string, shown: number) => `${n} ${n === 1 ? 'result' : 'results'} for “${q}”${n > shown ? `, showing the best ${shown}` : ''}.`,
  resultsLabel: (q: string) => `Results for “${q}”`,
  alsoCalled: 'Also called: ',
} as const;
