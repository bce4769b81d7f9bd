import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { chunkGraph } from './scripts/chunk-graph.mjs';

/** The public address; set SITE_URL when deploying elsewhere (canonical URLs, sitemap, feed). */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://baltimore-cannabis-records.example',
  trailingSlash: 'always',
  markdown: { syntaxHighlight: false },
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    preact(),
    // Per-answer checker pages are private to whoever answered: keep them out of search engines.
    sitemap({ filter: (url) => !/\/check\/(step|answers)\//.test(url) && !url.endsWith('/404/') }),
  ],
  // Records which chunks each chunk imports, for the byte budgets (scripts/measure.mjs).
  vite: { plugins: [chunkGraph()] },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'self'", "object-src 'none'"],
    },
  },
});
