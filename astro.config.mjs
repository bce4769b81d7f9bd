import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { checkerSources } from './src/integrations/checker-sources.mjs';

/** The public address; set SITE_URL when deploying elsewhere (canonical URLs, sitemap, feed). */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://baltimore-cannabis-records.example',
  trailingSlash: 'always',
  markdown: { syntaxHighlight: false },
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { plugins: [checkerSources()] },
  integrations: [
    preact(),
    // Per-answer checker pages are private to whoever answered: keep them out of search engines.
    sitemap({ filter: (url) => !/\/check\/(q|r)\//.test(url) && !url.endsWith('/404/') }),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'self'", "object-src 'none'"],
    },
  },
});
