/**
 * The build's own chunk graph: which JavaScript chunks each chunk imports (statically, and
 * on demand with import()) and which CSS it brings, as Vite/Rolldown wrote them. The byte
 * measurement (measure.mjs) follows it from the files a page's HTML names, so budgets count
 * exactly what the bundler emitted, with no scanning of code.
 *
 * Astro switches Vite's own build manifest off (build.manifest is forced to false), so a
 * small Vite plugin (added in astro.config.mjs) records the same facts for the client build
 * and writes them outside the site, to node_modules/.cache/chunk-graph/<output dir>.json
 * (nothing extra is deployed).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'chunk-graph');

/**
 * @typedef {{ imports: string[], dynamicImports: string[], css: string[] }} ChunkEntry
 * @typedef {{ outDir: string, chunks: Record<string, ChunkEntry> }} ChunkGraph
 */

/** @param {string} outDir */
function graphFile(outDir) {
  const rel = path.relative(ROOT, path.resolve(outDir)) || '.';
  return path.join(CACHE, `${encodeURIComponent(rel.split(path.sep).join('/'))}.json`);
}

/**
 * The Vite plugin: records the client build's chunks (site paths such as "/_astro/x.js").
 * @returns {import('vite').Plugin}
 */
export function chunkGraph() {
  /** @type {Record<string, ChunkEntry>} */
  let chunks = {};
  return {
    name: 'chunk-graph',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      chunks = {};
      const site = (/** @type {string} */ f) => `/${f}`;
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const meta = /** @type {{ viteMetadata?: { importedCss?: Set<string> } }} */ (/** @type {unknown} */ (item)).viteMetadata;
        chunks[site(item.fileName)] = {
          imports: item.imports.map(site),
          dynamicImports: item.dynamicImports.map(site),
          css: [...(meta?.importedCss ?? [])].map(site),
        };
      }
    },
    writeBundle(options) {
      if (!options.dir) return;
      mkdirSync(CACHE, { recursive: true });
      /** @type {ChunkGraph} */
      const graph = { outDir: path.resolve(options.dir), chunks };
      writeFileSync(graphFile(options.dir), `${JSON.stringify(graph, null, 1)}\n`);
    },
  };
}

/**
 * The chunk graph of a build directory. Throws when there is none, or when it does not
 * describe the JavaScript files that are there (a build made elsewhere or since changed).
 * @param {string} distDir
 * @returns {ChunkGraph}
 */
export function readChunkGraph(distDir) {
  const file = graphFile(distDir);
  if (!existsSync(file)) throw new Error(`No chunk graph for ${distDir} (${path.relative(ROOT, file)}): build it with \`npm run build\` (astro.config.mjs records it).`);
  /** @type {ChunkGraph} */
  const graph = JSON.parse(readFileSync(file, 'utf8'));
  const assets = path.join(distDir, '_astro');
  const built = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => `/_astro/${f}`).sort() : [];
  const recorded = Object.keys(graph.chunks).filter((c) => c.startsWith('/_astro/')).sort();
  if (built.join('\n') !== recorded.join('\n')) {
    throw new Error(`The chunk graph in ${path.relative(ROOT, file)} does not match the JavaScript in ${distDir}: rebuild (npm run build).`);
  }
  return graph;
}
