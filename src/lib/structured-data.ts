/** schema.org WebPage for a content page: what journalists' tools and search engines read. */
import { SITE_NAME } from './site';
import { locale } from '../../content/site/locale';
import type { SiteConfig } from './site-config';

export interface CitedSource { title: string; url?: string; copyUrl?: string; publisher: string; author?: string; published?: string }

export function webPageJsonLd(opts: {
  title: string;
  description: string;
  url: string;
  siteUrl: string;
  lastReviewed: string;
  firstPublished: string;
  config: Pick<SiteConfig, 'publisher' | 'contact' | 'contentLicence'>;
  sources: CitedSource[];
}): Record<string, unknown> {
  const publisher = opts.config.publisher ? { '@type': 'Organization', name: opts.config.publisher } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: opts.title,
    description: opts.description,
    url: opts.url,
    datePublished: opts.firstPublished,
    dateModified: opts.lastReviewed,
    inLanguage: locale.tag,
    license: opts.config.contentLicence.url,
    ...(publisher ? { publisher } : {}),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: opts.siteUrl, ...(publisher ? { publisher } : {}) },
    citation: opts.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      // Only the original: a copy's address under the original publisher's name would misattribute it.
      ...(s.url ? { url: s.url } : {}),
      ...(s.author && s.author !== 'none-given' ? { author: s.author } : {}),
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.published && s.published !== 'none-given' ? { datePublished: s.published } : {}),
    })),
  };
}
