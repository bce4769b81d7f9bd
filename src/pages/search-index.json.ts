/** /search-index.json: the site-search index, built from the content. Fetched only by the search page. */
import type { APIRoute } from 'astro';
import { loadSearchIndex } from '../lib/search/load-index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadSearchIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
