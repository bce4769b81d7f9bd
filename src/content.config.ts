import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  glossarySchema,
  pageSchema,
  sourceSchema,
  timelineSchema,
  updateSchema,
} from './lib/content/schemas';
import { readSourceIds } from './lib/content/source-ids';

// Read once so that every collection can reject a citation of a source that does not exist.
const sourceIds = readSourceIds();
const yamlIn = (base: string) => glob({ pattern: '*.yaml', base });
const prose = (base: string) => defineCollection({ loader: glob({ pattern: '*.md', base }), schema: pageSchema(sourceIds) });

export const collections = {
  pages: prose('./content/pages'),
  screeningPaths: prose('./content/screening/paths'),
  screeningVerdicts: prose('./content/screening/verdicts'),
  sources: defineCollection({ loader: yamlIn('./content/sources'), schema: sourceSchema }),
  timeline: defineCollection({ loader: yamlIn('./content/timeline'), schema: timelineSchema(sourceIds) }),
  glossary: defineCollection({ loader: yamlIn('./content/glossary'), schema: glossarySchema(sourceIds) }),
  updates: defineCollection({ loader: yamlIn('./content/updates'), schema: updateSchema }),
};
