// @vitest-environment happy-dom
// What the reader by meaning takes from a cell that shows less than it holds (test/corpus/render/
// heldout6.mjs cites the consoles): a relative time over its exact <time datetime>, and a status
// drawn as an icon named only by its aria-label. A status the cell shows in words wins over an icon.
import { describe, expect, it } from 'vitest';
import { valueIn } from '../../lib/extract/meaning';

function cell(html: string): Element {
  const td = document.createElement('td');
  td.innerHTML = html;
  return td;
}

describe('valueIn on cells that show less than they hold', () => {
  it('takes the exact time of a relative one', () => {
    expect(valueIn('placedAt', cell('<time datetime="2026-12-07T14:03:00Z" title="Dec 7, 2026 14:03">3 hours ago</time>'))).toBe('2026-12-07T14:03:00Z');
  });

  it('reads the shown date when the time element holds no exact time', () => {
    expect(valueIn('placedAt', cell('<time datetime="yesterday">2026-12-06 09:15</time>'))).toBe('2026-12-06 09:15');
  });

  it('takes a status icon by its name when the cell shows no word', () => {
    expect(valueIn('status', cell('<span role="img" aria-label="Awaiting shipment"><svg></svg></span>'))).toBe('Awaiting shipment');
  });

  it('takes the status word the cell shows over an icon beside it', () => {
    expect(valueIn('status', cell('<span role="img" aria-label="Cancelled"></span><span>Shipped</span>'))).toBe('Shipped');
  });

  it('takes no icon name that is no status', () => {
    expect(valueIn('status', cell('<span role="img" aria-label="More actions"></span>'))).toBeUndefined();
  });
});
