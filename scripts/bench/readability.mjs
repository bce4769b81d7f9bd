/**
 * Bench measurement: the reading grade of each information page's text.
 *
 * The grade function belongs to the content work: scripts/readability.mjs exports it
 * (`readabilityGrade(text) → number`, the content branch). Until that file is on this
 * branch the measurement reports itself as skipped; once it is, this module runs it on the
 * main text of every sitemap page (read with node-html-parser) and lists the grades.
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
    const grade = mod.readabilityGrade ?? mod.default;
    if (typeof grade !== 'function') throw new Error('scripts/readability.mjs exports no readabilityGrade(text) function');
    const rows = ctx.sitemap
      .filter((p) => pageType(p) === 'info')
      .map((p) => {
        const main = parse(readFileSync(/** @type {string} */ (fileForSitePath(ctx.dist, p)), 'utf8')).querySelector('main');
        for (const el of main?.querySelectorAll('.source-list, .cite-this, script, style, nav') ?? []) el.remove();
        return [p, Number(grade(main?.text ?? '')).toFixed(1)];
      });
    return { report: table(['page', 'grade'], rows, [1]), json: Object.fromEntries(rows) };
  },
};
