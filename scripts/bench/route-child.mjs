/**
 * One timing of the route computation in a fresh process (the route tree is cached per process):
 * loads src/lib/screening/route/route.ts through Vite's module runner (it is TypeScript), then
 * times enumeratePrefixes() and enumeratePaths(), and prints one JSON line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { module } = await runnerImport(path.join(root, 'src/lib/screening/route/route.ts'), { configFile: false, logLevel: 'error', root });
const t0 = performance.now();
const prefixes = module.enumeratePrefixes();
const paths = module.enumeratePaths();
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, questionPages: prefixes.length, results: paths.length }));
