/** Plain-text tables for the bench report. */

/**
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 * @param {number[]} [rightAligned] column indexes aligned right
 */
export function table(headers, rows, rightAligned = []) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (/** @type {(string | number)[]} */ cells) =>
    cells.map((c, i) => (rightAligned.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
