// @vitest-environment happy-dom
// A card may write a field's label under its value ("¥376.88" over "实付金额", a <dd> before its <dt>),
// as Ant Design Pro's ProList content blocks and mobile admin cards can: probes on copies of the
// eleventh set's ProList and <dl> card pages (test/corpus/render/heldout11.mjs) with each label moved
// under its value read 0 of 14 on both, one taking an item's "×1" for the total, the other skipping
// every order ("Total 'Awaiting payment' is not an amount"). A label and the text before it that are
// all the texts of one element are a pair (lib/extract/meaning.ts valueBefore); a label beside other
// fields' texts still takes the text after it.
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const URL = 'https://admin.example.test/orders';
const read = (html: string, language: string, timeZone: string) =>
  readOrders(genericAdapter({ language, timeZone }), new DOMParser().parseFromString(`<!doctype html><html lang="${language}"><body><main>${html}</main></body></html>`, 'text/html'), { url: URL, now: NOW });

const ZH = [
  ['261202111812246257', '待发货', '2026-12-07 17:04:10', '¥376.88', '纯棉T恤 白色 L ×1', '刘** 159****6246', '-'],
  ['261272803469139752', '已完成', '2026-12-07 13:53:39', '¥760.02', '蓝牙耳机 Pro ×2', '刘** 159****5937', 'SF5861280695220'],
  ['261217284862447933', '已取消', '2026-12-07 10:24:38', '¥206.00', '不锈钢餐具套装 ×1', '刘** 186****6416', '-'],
  ['261202629377772511', '已发货', '2026-12-07 10:02:47', '¥117.70', '针织开衫 灰色 ×1', '杨** 159****9107', 'YT7023080679080'],
] as const;

/** A ProList item: the bare number as title, a status tag, the time behind its label, then value-over-label pairs. */
function zhCard([id, status, time, paid, goods, buyer, parcel]: (typeof ZH)[number], labelUnder: boolean): string {
  const pair = (label: string, value: string) =>
    labelUnder ? `<div><div>${value}</div><div class="label">${label}</div></div>` : `<div><div class="label">${label}</div><div>${value}</div></div>`;
  return (
    `<li><div><span>${id}</span> <span class="tag">${status}</span></div><div>下单时间 ${time}</div>` +
    `<div>${pair('实付金额', paid)}${pair('商品', goods)}${pair('收货人', buyer)}${pair('运单号', parcel)}</div>` +
    `<div><a>详情</a> <a>发货</a></div></li>`
  );
}

describe('a card whose labels stand under their values', () => {
  for (const labelUnder of [false, true]) {
    it(`reads each ProList-style card's paid amount and tracking number (${labelUnder ? 'label under its value' : 'label over its value'})`, () => {
      const got = read(`<ul>${ZH.map((c) => zhCard(c, labelUnder)).join('')}</ul>`, 'zh-CN', 'Asia/Shanghai');
      expect(got.skipped).toEqual([]);
      expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.money.currency, r.order.status, r.order.trackingNo ?? null])).toEqual([
        ['261202111812246257', 376.88, 'CNY', 'awaiting_shipment', null],
        ['261272803469139752', 760.02, 'CNY', 'completed', 'SF5861280695220'],
        ['261217284862447933', 206, 'CNY', 'cancelled', null],
        ['261202629377772511', 117.7, 'CNY', 'shipped', 'YT7023080679080'],
      ]);
    });
  }

  it('reads <dl> cards whose <dd> comes before its <dt> in each pair', () => {
    const orders = [
      ['#48210', 'Dec 7, 2026, 9:41 AM', 'Jane Doe', '$159.50', 'Awaiting payment'],
      ['#48209', 'Dec 7, 2026, 8:02 AM', 'Harry Wilson', '$42.00', 'Cancelled'],
      ['#48208', 'Dec 6, 2026, 11:15 PM', 'Emily Clarke', '$1,204.99', 'Shipped'],
    ];
    const pair = (label: string, value: string) => `<div><dd>${value}</dd><dt>${label}</dt></div>`;
    const cards = orders.map(([id, placed, buyer, total, status]) =>
      `<li><dl>${pair('Order', `<a href="#">${id}</a>`)}${pair('Placed', placed!)}${pair('Customer', buyer!)}${pair('Total', total!)}${pair('Status', status!)}</dl></li>`);
    const got = read(`<ul>${cards.join('')}</ul>`, 'en-US', 'America/Los_Angeles');
    expect(got.skipped).toEqual([]);
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid, r.order.placedAt, r.order.status, r.order.buyer])).toEqual([
      ['#48210', 159.5, Date.UTC(2026, 11, 7, 17, 41), 'awaiting_payment', 'Jane Doe'],
      ['#48209', 42, Date.UTC(2026, 11, 7, 16, 2), 'cancelled', 'Harry Wilson'],
      ['#48208', 1204.99, Date.UTC(2026, 11, 7, 7, 15), 'shipped', 'Emily Clarke'],
    ]);
  });

  it('keeps a label beside other fields in one line taking the text after it', () => {
    // "实付金额" shares its element with the shipping fee before it and the amount after it: not a pair.
    const cards = ZH.map(([id, status, time, paid]) =>
      `<li><div><span>${id}</span> <span>${status}</span></div><div>下单时间 ${time}</div><p><span>(含运费¥8.00)</span><span>实付金额</span><span>${paid}</span></p></li>`);
    const got = read(`<ul>${cards.join('')}</ul>`, 'zh-CN', 'Asia/Shanghai');
    expect(got.rows.map((r) => [r.order.orderId, r.order.money.paid])).toEqual(ZH.map(([id, , , paid]) => [id, Number(paid.slice(1))]));
  });
});
