/**
 * The open-data files (/data/) and what each field means, as /about/ shows them so that
 * people can use the files without guessing. The files themselves are built by src/pages/data/.
 */
import { factFields } from '../../src/lib/screening/facts';
import { statuses, verdicts } from '../../src/lib/screening';
import { places, sourceKinds } from '../../src/lib/content/schemas';

/** "a, b or c": the values a field takes, from the list that declares them. */
const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

export const DATA_FILES = [
  {
    path: '/data/timeline.json', alsoAs: '/data/timeline.csv', what: 'Every dated event on the History page, oldest first.',
    fields: {
      id: 'Stable identifier; the event’s anchor on /history/.', date: 'Date of the event, YYYY-MM-DD.', title: 'Short title.',
      where: `${oneOf(places)}.`, place: 'For events elsewhere, the city, state or "United States (federal)"; otherwise empty.',
      summary: 'Plain-language summary.', sources: 'Ids of the sources (see sources.json); in the CSV, separated by spaces.', url: 'Link to the event on the History page.',
    },
  },
  {
    path: '/data/by-the-numbers.json', alsoAs: '/data/by-the-numbers.csv', what: 'Every figure on the By the numbers page, row by row, with its source.',
    fields: {
      id: 'The section’s id and the row’s place in its table, such as "maryland-2".', section: 'The section’s permanent id on /by-the-numbers/.',
      sectionTitle: 'The section’s heading.', place: 'The place, for results elsewhere; otherwise the section’s heading.',
      figure: 'The figure as the page gives it, or "not found in a source we could confirm".', 
      what: 'What the figure counts, or, for results elsewhere, the legal tool used.', source: 'The source and date as the page names them.',
      sources: 'Ids of the sources (see sources.json); in the CSV, separated by spaces.', url: 'Link to the section on the page.',
    },
  },
  {
    path: '/data/sources.json', what: 'The whole bibliography.',
    fields: {
      id: 'Stable identifier; also the anchor on /sources/.', title: 'Title as the publication gives it.',
      titleSupplied: 'true when the copy we read showed no title, so the title is our own description (shown in [brackets]).',
      author: 'Author or byline as the publication gives it; "none-given" when we checked and it gives none; null when not yet checked.', publisher: 'Publisher.',
      published: 'Date published as precisely as the source gives it (YYYY-MM-DD, YYYY-MM or YYYY); "none-given" when we checked and it gives none; null when not yet checked.',
      url: 'The original or official address, or null when only a copy is known.',
      copyUrl: 'Where we read the text when it was not at url (a reprint, mirror or tracker), or null.', copyNote: 'What that copy is, or null.',
      readOnReprint: 'true when we read the text only on a reprint on a site we refuse to link (a scraper or content farm): url and copyUrl are then null, and we have not seen the original.',
      read: 'The day we read it, YYYY-MM-DD. We read stored copies of web pages, not the live page.', captured: 'When the stored copy we read was captured, YYYY-MM-DD, or null when not known.', kind: `${oneOf(sourceKinds)}.`, note: 'A caution about the source, or null.',
    },
  },
  {
    path: '/data/glossary.json', what: 'Every glossary term.',
    fields: {
      id: 'Stable identifier; the anchor on /glossary/.', term: 'The term.', aliases: 'Other spellings and shorthand.',
      definition: 'Plain-language definition.', sources: 'Ids of the sources.', url: 'Link to the term on the Glossary page.',
    },
  },
  {
    path: '/data/checker-outcomes.json', alsoAs: '/data/checker-outcomes.csv',
    what: 'Every route through the checker’s questions and the result it gives, for lawyers and advocates to review; built from the same rules as the checker.',
    fields: {
      code: 'The answers as a short code, as in the result’s address.',
      facts: `What the answers record, in the field names and values of the checker’s contract (${factFields.join(', ')}); "unsure" where not asked or not known. In the CSV, one column per field.`,
      verdict: `${oneOf(verdicts)}.`, paths: 'The headline kinds of relief; in the CSV, separated by spaces.',
      status: `How each kind of relief stands: ${oneOf(statuses)}. In the CSV, one column per kind (status:petition-expungement, …).`,
      url: 'The result’s page, which works without JavaScript.',
    },
  },
  {
    path: '/data/checker-outcomes-v2.json', alsoAs: '/data/checker-outcomes-v2.csv',
    what: 'The same table for version 2 of the checker’s rules, as it was published until December 7, 2026, kept unchanged for anyone who cited it (only its page addresses were made site-relative). Version 2 had no otherOutcome, laterConviction or offense, and its page addresses (/check/q/…) no longer work.',
    fields: {
      code: 'The answers as a short code, as in the version 2 address.', facts: 'As above, with version 2’s fields.', verdict: 'As above.', paths: 'As above.',
      status: 'As above.', url: 'The version 2 result’s address (no longer served).',
    },
  },
] as const;
