/**
 * Bench measurement: the reading grade of each information page's text.
 *
 * The grade function belongs to the content work: scripts/readability.mjs (content branch)
 * exports `fleschKincaidGrade(text)` and `htmlToReadableText(html)`. Until that file is on
 * this branch the measurement reports itself as skipped; once it is, this module grades the
 * <main> of every information page in the sitemap and lists the grades.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { fileForSitePath } from '../dist-files.mjs';
import { pageType } from '../measure.mjs';
import { table } from './table.mjs';

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'readability',
  title: 'Reading grade of the information pages',
  async run(ctx) {
    const file = path.join(ctx.root, 'scripts', 'readability.mjs');
    if (!existsSync(file)) return { skipped: 'scripts/readability.mjs is not on this branch yet (it comes with the content work)' };
    const mod = await import(pathToFileURL(file).href);
    const { fleschKincaidGrade, htmlToReadableText } = mod;
    if (typeof fleschKincaidGrade !== 'function' || typeof htmlToReadableText !== 'function') {
      throw new Error('scripts/readability.mjs should export fleschKincaidGrade(text) and htmlToReadableText(html)');
    }
    const rows = ctx.sitemap
      .filter((p) => pageType(p) === 'info')
      .map((p) => {
        const main = parse(readFileSync(/** @type {string} */ (fileForSitePath(ctx.dist, p)), 'utf8')).querySelector('main');
        for (const el of main?.querySelectorAll('.source-list, .cite-this, script, style, nav') ?? []) el.remove();
        return [p, Number(fleschKincaidGrade(htmlToReadableText(main?.innerHTML ?? ''))).toFixed(1)];
      });
    return { report: table(['page', 'grade'], rows, [1]), json: Object.fromEntries(rows) };
  },
};
