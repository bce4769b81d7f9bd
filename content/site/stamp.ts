/** Words of the sources stamp, kept apart so the checker island can import them alone. */
/**
 * The stamp on every page that states current law, and on the checker's
 * start page and results. The team reads stored copies of web pages, not
 * the live web, so it says how far those reach and what they could not
 * confirm (research §000, NOT CONFIRMED), instead of a "law as of" date.
 */
export const stampWords = {
  lead: (date: string) => `Based on the sources we could read, published up to ${date}. We read saved copies of web pages, not the live web, so newer changes may be missing.`,
  notConfirmed: 'Not confirmed:',
  items: [
    'whether any 2026 bill became law, such as the Clean Slate Act (Senate Bill 483 and House Bill 360), House Bill 819 or House Bill 169;',
    'whether Case Search now hides pardoned cannabis possession convictions, as a 2025 law says it must;',
    'whether the State finished clearing possession-only cases by July 1, 2024, and whether court records were cleared too;',
    'the exact date rule for that clearing, because we could not read that part of the law;',
    'whether dropped cases since October 2021 are being cleared on their own, as the law says;',
    'the current form numbers for expungement petitions.',
  ],
};
