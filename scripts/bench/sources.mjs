/** Bench: counts over the bibliography (scripts/source-checks.mjs): what is not yet checked, and how sources were read. */
import { sourceChecks } from '../source-checks.mjs';

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'sources',
  title: 'Sources: bylines and dates not yet checked (target 0)',
  async run(ctx) {
    const c = sourceChecks(ctx.root);
    const figures = {
      sources: c.total,
      'byline not yet checked': c.bylineUnchecked.length,
      'date not yet checked': c.dateUnchecked.length,
      'byline none given': c.noneGivenByline,
      'date none given': c.noneGivenDate,
      'read on a copy': c.readOnCopy,
      'read only on a reprint': c.readOnReprint.length,
      uncited: c.uncited.length,
    };
    const report = [
      ...Object.entries(figures).map(([k, v]) => `${k}: ${v}`),
      `byline not yet checked: ${c.bylineUnchecked.join(', ') || 'none'}`,
      `date not yet checked: ${c.dateUnchecked.join(', ') || 'none'}`,
    ].join('\n');
    return { report, figures, json: c };
  },
};
