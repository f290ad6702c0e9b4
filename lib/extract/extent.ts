/**
 * How much of a list the page says it holds. Virtualised grids (Ant Design's virtual table,
 * AG Grid, MUI DataGrid…) render only the rows in view and declare the full size with
 * `aria-rowcount`; rows not rendered hold no data, so read health must say "read 40 of 500".
 */

/** Header rows a grid counts in aria-rowcount: rows whose cells are column headers. */
function headerRowCount(grid: Element): number {
  let count = 0;
  for (const row of grid.querySelectorAll('tr, [role="row"]')) {
    if (row.querySelector('th, [role="columnheader"]') && !row.querySelector('td, [role="gridcell"], [role="cell"]')) count++;
  }
  return Math.max(count, 1);
}

/**
 * Data rows the list around `row` declares (aria-rowcount minus its header rows), or
 * undefined when it declares nothing (or -1, "unknown", as WAI-ARIA allows).
 */
export function declaredRowCount(row: Element): number | undefined {
  const grid = row.closest('[aria-rowcount]');
  if (!grid) return undefined;
  const declared = Number(grid.getAttribute('aria-rowcount'));
  if (!Number.isInteger(declared) || declared < 0) return undefined;
  return Math.max(0, declared - headerRowCount(grid));
}
