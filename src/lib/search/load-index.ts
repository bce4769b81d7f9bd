/**
 * The search index of the whole site, from the content collections.
 * Build-time only (uses astro:content): the page /search/ (A to Z index)
 * and the endpoint /search-index.json share it, so both list the same things.
 */
import { getCollection } from 'astro:content';
import { loadAllProse, type LoadedPage, type ProseCollection } from '../content/load';
import { siteWords } from '../../../content/site/words';
import { locale } from '../../../content/site/locale';
import { buildSearchIndex, type PageInput, type SearchIndex } from './build-index';

/** Site path of a prose entry: pages by id ("index" is the home page), checker explanations under /check/result/. */
export function proseUrl(collection: ProseCollection, id: string): string {
  if (collection === 'pages') return id === 'index' ? '/' : `/${id}/`;
  return `/check/result/${id}/`;
}

/** Other names a page goes by: its label in the main navigation and the words of its address. */
export function pageAliases(url: string): string[] {
  const nav = siteWords.nav.filter((item) => item.href === url).map((item) => item.label);
  const slug = url.split('/').filter(Boolean).at(-1)?.replace(/-/g, ' ');
  return [...nav, ...(slug ? [slug] : [])];
}

function toInput(collection: ProseCollection, page: LoadedPage): PageInput {
  const { title, summary } = page.entry.data;
  const url = proseUrl(collection, page.entry.id);
  return { url, title, summary, html: page.html, aliases: pageAliases(url) };
}

const byUrl = (a: PageInput, b: PageInput) => a.url.localeCompare(b.url);

let built: Promise<SearchIndex> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
  // Built once per build; rebuilt on every request in `astro dev`, where content changes.
  if (import.meta.env.DEV) built = undefined;
  built ??= (async () => {
    const collections: ProseCollection[] = ['pages', 'screeningPaths', 'screeningVerdicts'];
    const pages = (await Promise.all(collections.map(async (c) => (await loadAllProse(c)).map((p) => toInput(c, p))))).flat();
    // The home page first, then the site's pages, then the checker's explanation pages.
    pages.sort((a, b) => Number(b.url === '/') - Number(a.url === '/') || Number(a.url.startsWith('/check/')) - Number(b.url.startsWith('/check/')) || byUrl(a, b));
    const terms = (await getCollection('glossary'))
      .sort((a, b) => a.data.term.localeCompare(b.data.term, locale.lang))
      .map(({ id, data }) => ({ id, term: data.term, aliases: data.aliases, definition: data.definition }));
    const events = (await getCollection('timeline'))
      .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))
      .map(({ id, data }) => ({ id, date: data.date, title: data.title, summary: data.summary, place: data.where === 'elsewhere' ? data.place : null }));
    // Pages in the main navigation that have no content entry (the checker's start page) are listed by their label.
    for (const item of siteWords.nav) {
      if (!pages.some((p) => p.url === item.href)) pages.push({ url: item.href, title: item.label, html: '' });
    }
    const glossary = pages.find((p) => p.url === '/glossary/');
    const history = pages.find((p) => p.url === '/history/');
    return buildSearchIndex({ pages, terms, events }, { glossaryTitle: glossary?.title, historyTitle: history?.title });
  })();
  return built;
}

/** The newest "last reviewed" date among the site's content pages. */
export async function newestReview(): Promise<string> {
  const pages = await getCollection('pages');
  return pages.map((p) => p.data.lastReviewed).sort().at(-1) ?? new Date().toISOString().slice(0, 10);
}
