import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://baltimore-cannabis-records.example',
  trailingSlash: 'always',
  markdown: { syntaxHighlight: false },
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [preact(), sitemap()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'self'", "object-src 'none'"],
    },
  },
});
