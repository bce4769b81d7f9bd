/**
 * An Astro integration: on every built page with an island that starts at once
 * (client:load), a <link rel="modulepreload"> for each JavaScript file the
 * island needs to start (its component, Astro's renderer, and every chunk
 * they import), so that a slow phone fetches them while it reads the HTML
 * rather than one after another (three round trips on slow 3G). Chunks loaded
 * only when used (the checker's result) are not preloaded: they would compete
 * with what the first question needs. The chunk graph is the build's own
 * (scripts/chunk-graph.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readChunkGraph } from '../../scripts/chunk-graph.mjs';
import { htmlFilesIn } from '../../scripts/dist-files.mjs';

/** The files an island needs before it can start: the ones named, and what they import, transitively. */
export function startupChunks(named: readonly string[], graph: { chunks: Record<string, { imports: string[] }> }): string[] {
  const out = new Set<string>();
  const visit = (file: string) => {
    if (out.has(file)) return;
    out.add(file);
    for (const dep of graph.chunks[file]?.imports ?? []) visit(dep);
  };
  named.forEach(visit);
  return [...out];
}

const ISLAND = /<astro-island\b[^>]*\bclient="load"[^>]*>/g;
const URL_ATTR = /\b(?:component-url|renderer-url)="([^"]+)"/g;

export function preloadIslands() {
  return {
    name: 'preload-islands',
    hooks: {
      'astro:build:done': ({ dir }: { dir: URL }) => {
        const dist = fileURLToPath(dir);
        const graph = readChunkGraph(dist);
        for (const file of htmlFilesIn(dist)) {
          const html = readFileSync(file, 'utf8');
          const islands = html.match(ISLAND);
          if (!islands) continue;
          const named = islands.flatMap((tag) => [...tag.matchAll(URL_ATTR)].map((m) => m[1]));
          const links = startupChunks(named, graph).map((href) => `<link rel="modulepreload" href="${href}">`).join('');
          writeFileSync(file, html.replace('</head>', `${links}</head>`));
        }
      },
    },
  };
}
