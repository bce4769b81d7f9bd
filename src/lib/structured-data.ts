/** schema.org WebPage for a content page: what journalists' tools and search engines read. */
import { SITE_NAME } from './site';

export interface CitedSource { title: string; url: string; publisher: string; published?: string }

export function webPageJsonLd(opts: {
  title: string;
  description: string;
  url: string;
  siteUrl: string;
  lastReviewed: string;
  sources: CitedSource[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: opts.title,
    description: opts.description,
    url: opts.url,
    dateModified: opts.lastReviewed,
    inLanguage: 'en-US',
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: opts.siteUrl },
    citation: opts.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.published ? { datePublished: s.published } : {}),
    })),
  };
}
