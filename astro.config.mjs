import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { screeningQuestionLinks, screeningRoute, screeningSources } from './src/integrations/screening-data.ts';
import { preloadIslands } from './src/integrations/preload-islands.ts';
import { sourceChecksIntegration } from './src/integrations/source-checks.ts';
import { unified } from '@astrojs/markdown-remark';
import { headingPlugins } from './src/lib/content/headings.ts';
import { deploymentProblems, deploymentWarning, siteConfig } from './src/lib/site-config.ts';
import { chunkGraph } from './scripts/chunk-graph.mjs';
import { QUESTIONS } from './src/lib/screening/pages/urls.ts';

/**
 * Refuses a deployment build (`npm run build:deploy`, which sets SITE_DEPLOY=1)
 * while the public address is the placeholder or the publisher or contact is
 * unset; any other build only warns, loudly, so `npm start` and `npm test` work.
 */
function publishingChecks() {
  return {
    name: 'publishing-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problems = deploymentProblems(siteConfig);
        if (process.env.SITE_DEPLOY === '1' && problems.length > 0) {
          throw new Error(`Deployment build stopped. Fix these settings (see README, "Configuration"):\n  - ${problems.join('\n  - ')}`);
        }
        const warning = deploymentWarning(siteConfig);
        if (warning) console.warn(`\n${warning}\n`);
      },
    },
  };
}

/** The public address and who publishes the site live in src/lib/site-config.ts (SITE_URL, SITE_PUBLISHER, …). */
export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  markdown: {
    syntaxHighlight: false,
    // Heading anchors: explicit frozen ids ("## Title {#id}"), then a visible "#" link (rehype-autolink-headings).
    processor: unified({ rehypePlugins: headingPlugins }),
  },
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Fails on a source nothing cites; prints the bylines and dates not yet checked (scripts/source-checks.mjs).
    sourceChecksIntegration(),
    publishingChecks(),
    preact(),
    // The files an island needs to start, fetched while the page's HTML is read (slow 3G).
    preloadIslands(),
    // The checker's question pages hold answers in their addresses: keep them out of search engines.
    sitemap({ filter: (url) => !new URL(url).pathname.startsWith(QUESTIONS) && !url.endsWith('/404/') }),
  ],
  vite: {
    plugins: [
      // Records which chunks each chunk imports, for the byte budgets (scripts/measure.mjs).
      chunkGraph(),
      // The route and the bibliography entries the checker island needs (src/integrations/screening-data.ts).
      screeningRoute(),
      screeningSources(),
      screeningQuestionLinks(),
    ],
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'self'", "object-src 'none'"],
    },
  },
});
