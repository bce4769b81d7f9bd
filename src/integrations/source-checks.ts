/**
 * Build checks over the bibliography (scripts/source-checks.mjs): fails the
 * build on a source nothing cites (/sources/ lists only what the site
 * cites), and prints how many sources' bylines and dates are not yet checked
 * against their stored copies (target 0).
 */
import type { AstroIntegration } from 'astro';
import { sourceChecks } from '../../scripts/source-checks.mjs';

export function sourceChecksIntegration(): AstroIntegration {
  return {
    name: 'source-checks',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const c = sourceChecks(process.cwd());
        if (c.uncited.length > 0) {
          throw new Error(`content/sources: ${c.uncited.map((id) => `${id}.yaml`).join(', ')} ${c.uncited.length > 1 ? 'are' : 'is'} cited nowhere. Cite it with [@id] where it backs a claim, or remove the file (and point any anchor alias at another source).`);
        }
        logger.info(`Sources: ${c.total}; byline not yet checked: ${c.bylineUnchecked.length}; date not yet checked: ${c.dateUnchecked.length} (target 0: write the byline and date as the stored copy gives them, or none-given); read only on a reprint: ${c.readOnReprint.length}.`);
      },
    },
  };
}
