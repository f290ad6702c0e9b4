// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaredRowCount } from '../../lib/extract/extent';

function grid(rowcount: string | null): Element {
  document.body.innerHTML = `
    <div role="grid" ${rowcount === null ? '' : `aria-rowcount="${rowcount}"`}>
      <div role="row" aria-rowindex="1"><div role="columnheader">Order</div><div role="columnheader">Total</div></div>
      <div role="rowgroup">
        <div role="row" aria-rowindex="42" id="first"><div role="gridcell">#1041</div><div role="gridcell">$12.00</div></div>
        <div role="row" aria-rowindex="43"><div role="gridcell">#1042</div><div role="gridcell">$8.00</div></div>
      </div>
    </div>`;
  return document.getElementById('first')!;
}

describe('declaredRowCount', () => {
  it('reads the data rows a virtualised grid declares, without its header row', () => {
    expect(declaredRowCount(grid('501'))).toBe(500);
  });

  it('says nothing when the grid declares nothing or an unknown size', () => {
    expect(declaredRowCount(grid(null))).toBeUndefined();
    expect(declaredRowCount(grid('-1'))).toBeUndefined();
    expect(declaredRowCount(grid('many'))).toBeUndefined();
  });
});
