// @vitest-environment happy-dom
// CellText (never-text looked for in the cell read, links skipped by tag name) must
// read every cell exactly as textOf does.
import { describe, expect, it } from 'vitest';
import { CellText, collapse, textOf } from '../../lib/extract/dom';

const CELLS = [
  '交易成功',
  '<div><p><span>交易成功</span></p><p><a href="#">详情</a></p></div>',
  '<div><p><span>待发货</span></p><p><a href="#">详情</a></p> </div>',
  '<a href="#">详情</a> 已发货 <a href="#">查看物流</a>',
  '<p>待发货 <a href="#">详情 <a href="#">二</a></a></p>',
  '<span>退款中</span><a href="#"></a>',
  '<a href="#">only a link</a>',
  '￥<del>99.00</del> <strong>￥88.00</strong><a href="#">改价</a>',
  '<span class="screen-reader-text">Sort ascending.</span>Total <button>copy</button> $12.00',
  '<div>  line\n  <b>two</b>\t<a>x</a></div><!-- a comment --><script>var a = 1;</script>',
  '',
];

describe('CellText', () => {
  for (const ignore of [[], ['a'], ['a', 'button'], ['[data-skip]']]) {
    it(`reads each cell as textOf does (ignore ${JSON.stringify(ignore)})`, () => {
      const doc = new DOMParser().parseFromString(
        `<!doctype html><body><table><tbody><tr>${CELLS.map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table></body>`,
        'text/html',
      );
      const cells = Array.from(doc.querySelectorAll('td'));
      expect(cells).toHaveLength(CELLS.length);
      const reader = new CellText(doc);
      for (const cell of cells) expect(reader.of(cell, ignore), cell.innerHTML).toBe(textOf(cell, ignore));
    });
  }

  it('reads each cell as textOf does once a read has listed the never-text elements of its scope (more cells than it walks)', () => {
    // 20 copies of the cells: far more cells with elements than a read walks before listing.
    const row = `<tr>${CELLS.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<!doctype html><body><p id="before"><s>￥99.00</s> ￥88.00</p><table><tbody>${row.repeat(20)}</tbody></table></body>`;
    for (const scope of ['document', 'table'] as const) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const cells = Array.from(doc.querySelectorAll('td'));
      const reader = new CellText(scope === 'document' ? doc : doc.querySelector('table')!);
      for (const ignore of [[], ['a']]) {
        for (const cell of cells) expect(reader.of(cell, ignore), `${scope}: ${cell.innerHTML}`).toBe(textOf(cell, ignore));
      }
      // The struck price in front of the table is outside an element scope: still left out.
      expect(reader.of(doc.getElementById('before')!)).toBe('￥88.00');
    }
  });

  it('leaves out the trailing link, and only text after it keeps a link in the middle out too', () => {
    const doc = new DOMParser().parseFromString(
      '<!doctype html><body><div id="a"><p><span>交易成功</span></p><p><a href="#">详情</a></p></div><div id="b">待发货 <a>详情</a> 已催</div></body>',
      'text/html',
    );
    const reader = new CellText(doc);
    expect(reader.of(doc.getElementById('a')!, ['a'])).toBe('交易成功');
    expect(reader.of(doc.getElementById('b')!, ['a'])).toBe('待发货 已催');
  });
});

describe('collapse', () => {
  it('gives what replacing whitespace runs and trimming gives, for every kind of whitespace', () => {
    const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b'];
    let compared = 0;
    for (const a of spaces) {
      for (const b of spaces) {
        for (const text of [`${a}x${b}`, `x${a}y${b}z`, `交易${a}成功`, `${a}`, `x${a}${b}y`, 'plain', '']) {
          expect(collapse(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
          compared++;
        }
      }
    }
    expect(compared).toBe(spaces.length * spaces.length * 7);
  });
});
