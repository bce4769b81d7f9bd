import type { APIRoute } from 'astro';
import { QUESTIONS } from '../lib/screening/pages/urls';

/** The checker's question pages hold answers in their addresses (and say noindex): crawlers stay out. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${QUESTIONS}\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
