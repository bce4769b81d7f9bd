/**
 * What a screen reader says for a citation mark ("[2]"). One function for the pages
 * (siteWords.citeMark), the Markdown citations and the checker's island; in a file of its
 * own so that the island does not carry the rest of the site's words.
 */
export const citeMark = (n: number) => `Source ${n}`;
