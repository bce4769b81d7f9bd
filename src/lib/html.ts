/**
 * Escaping text for HTML and XML: the one place. Pure and dependency-free, so it
 * can run at build time (pages, the Atom feed) and in the browser (islands).
 * It only writes. Reading HTML back (decoding entities, taking text out of
 * markup) is best left to an HTML parser (node-html-parser at build time); two
 * build steps still do it with regexes: scripts/readability.mjs (text for the
 * reading grade) and src/integrations/preload-islands.ts (finds the islands in built pages).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML or XML element content and quoted attribute values (single or double quotes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
