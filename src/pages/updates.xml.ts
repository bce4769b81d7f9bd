import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/feed';
import { SITE_NAME } from '../lib/site';
import { siteConfig } from '../lib/site-config';
import { siteWords } from '../../content/site/words';

export const GET: APIRoute = async ({ site }) => {
  const updates = (await getCollection('updates')).map(({ id, data }) => ({ id, ...data }));
  return new Response(atomFeed(updates, { site: site!, title: siteWords.updates.feedTitle(SITE_NAME), author: siteConfig.publisher }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
