/**
 * Gives every h2 and h3 a visible "link to this section" control that works
 * without JavaScript: a plain link to the heading's own id.
 */
const HEADING = /<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g;

export function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

export function addSectionLinks(html: string): string {
  return html.replace(HEADING, (_all, level: string, id: string, inner: string) => sectionHeading(Number(level), id, inner));
}

/** The markup of a linkable heading; `inner` is trusted HTML from our own content. */
export function sectionHeading(level: number, id: string, inner: string): string {
  const label = stripTags(inner);
  return (
    `<h${level} id="${id}" class="section-heading">${inner} ` +
    `<a class="section-link" href="#${id}"><span aria-hidden="true">#</span>` +
    `<span class="visually-hidden">Link to the section “${label}”</span></a></h${level}>`
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The h2/h3 sections of rendered HTML, for the search index and tests. */
export function sectionsOf(html: string): { id: string; level: number; title: string }[] {
  return [...html.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    id: m[2],
    level: Number(m[1]),
    title: stripTags(m[3].replace(/<a class="section-link"[\s\S]*?<\/a>/, '')),
  }));
}
