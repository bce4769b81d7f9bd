/**
 * The language of the site's words, declared once: <html lang>, og:locale, the JSON-LD's
 * inLanguage, how lists are sorted and how dates are written (Intl). A translation sets its
 * own. Kept apart from words.ts because the checker's island needs it (dates) and must stay small.
 */
export const locale = {
  /** The language (<html lang>, sorting). */
  lang: 'en',
  /** The language and region, as BCP 47 (inLanguage, Intl.DateTimeFormat). */
  tag: 'en-US',
  /** The same, as Open Graph writes it (og:locale). */
  openGraph: 'en_US',
  /** AP style's month names, January to December (the short form of a cite block; AP style is English only). */
  apMonths: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
} as const;
