// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taobao } from '../../lib/adapters/taobao';
import { READ_BLOCKS, readOrders } from '../../lib/extract';
import { buildContext, evaluate } from '../../lib/detectors';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const TAOBAO_URL = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const TMALL_URL = 'https://trade.tmall.com/trade/itemlist/list_sold_items.htm';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/taobao/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('Taobao adapter on 已卖出的宝贝 (2026-11)', () => {
  const doc = load('sold-items.2026-11.html');
  const result = readOrders(taobao, doc, { url: TAOBAO_URL, now: NOW });
  const source = { url: TAOBAO_URL, adapter: 'taobao', observedAt: NOW };

  it('reads each order block, including a two-item order, into the exact canonical order', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(6);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'taobao',
        orderId: '3712804412345678901',
        placedAt: Date.UTC(2026, 10, 20, 6, 3, 11),
        status: 'awaiting_shipment',
        statusRaw: '买家已付款',
        buyer: 'tb_晴天小猪',
        items: [{ title: '手工冷制皂 玫瑰精油 100g', sku: '颜色分类：玫瑰；规格：100g', quantity: 2, unitPrice: 29 }],
        money: { currency: 'CNY', paid: 68, subtotal: 58, shipping: 10 },
        source,
      },
      {
        marketplace: 'taobao',
        orderId: '3712811122233344455',
        placedAt: Date.UTC(2026, 10, 21, 1, 30, 0),
        status: 'shipped',
        statusRaw: '卖家已发货',
        buyer: '山间清风2018',
        items: [
          { title: '艾草精油皂 3块装 家庭装', sku: '颜色分类：艾草', quantity: 1, unitPrice: 45 },
          { title: '手工皂起泡网 双层', sku: '颜色分类：白色', quantity: 2, unitPrice: 5 },
        ],
        money: { currency: 'CNY', paid: 55, subtotal: 55, shipping: 0 },
        source,
      },
      {
        marketplace: 'taobao',
        orderId: '3712798877766655544',
        placedAt: Date.UTC(2026, 10, 18, 12, 15, 42),
        status: 'completed',
        statusRaw: '交易成功',
        buyer: '橙子味汽水',
        items: [{ title: '山茶花洁面皂 120g', sku: '规格：120g', quantity: 1, unitPrice: 78 }],
        money: { currency: 'CNY', paid: 88, subtotal: 78, shipping: 10 },
        source,
      },
      {
        marketplace: 'taobao',
        orderId: '3712790011122233344',
        placedAt: Date.UTC(2026, 10, 17, 3, 0, 5),
        status: 'cancelled',
        statusRaw: '交易关闭',
        buyer: '一只喵喵',
        items: [{ title: '旅行装皂盒 沥水', sku: '颜色分类：透明', quantity: 1, unitPrice: 19.9 }],
        money: { currency: 'CNY', paid: 19.9, subtotal: 19.9, shipping: 0 },
        source,
      },
      {
        marketplace: 'taobao',
        orderId: '3712823344455566677',
        placedAt: Date.UTC(2026, 10, 22, 8, 45, 10),
        status: 'refund_requested',
        statusRaw: '退款中',
        buyer: '北岛南风',
        items: [{ title: '手工皂礼盒 6块装 送礼', sku: '颜色分类：礼盒装', quantity: 1, unitPrice: 129 }],
        money: { currency: 'CNY', paid: 129, subtotal: 129, shipping: 0 },
        source,
      },
      {
        marketplace: 'taobao',
        orderId: '3712845566677788899',
        placedAt: Date.UTC(2026, 10, 24, 14, 5, 33),
        status: 'awaiting_payment',
        statusRaw: '等待买家付款',
        buyer: '小鹿斑比',
        items: [{ title: '一次性洗脸巾 80抽', sku: '规格：80抽', quantity: 3, unitPrice: 12 }],
        money: { currency: 'CNY', paid: 36, subtotal: 36, shipping: 0 },
        source,
      },
    ]);
  });

  it('still reads the blocks when the header and body classes are renamed', () => {
    const renamed = load('sold-items.2026-11.html');
    for (const el of Array.from(renamed.querySelectorAll('[class*="item-mod__order-"]'))) el.className = 'x';
    const again = readOrders(taobao, renamed, { url: TAOBAO_URL, now: NOW });
    expect(again.skipped).toEqual([]);
    expect(again.rows).toHaveLength(6);
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
  });

  /** The saved page with a tip next to its first block, whose class contains the blocks' stable part too. */
  const savedPageWithTip = (where: 'before' | 'after', text: string): Document => {
    const page = load('sold-items.2026-11.html');
    const tip = page.createElement('div');
    tip.className = 'trade-order-mod__order-wrap-tip___Zz1Ab';
    tip.textContent = text;
    page.querySelector('[class*="trade-order-mod__order-wrap"]')![where](tip);
    return page;
  };

  it("finds the blocks by this build's class: an element whose class only contains its stable part is no block", () => {
    // The list gains a tip after its first block; its class holds "trade-order-mod__order-wrap"
    // too, but it is not the class the first block carries.
    const withTip = savedPageWithTip('after', '温馨提示：订单号 371299 的买家已申请退款');
    const again = readOrders(taobao, withTip, { url: TAOBAO_URL, now: NOW });
    expect(again.skipped).toEqual([]);
    expect(again.totalRows).toBe(6);
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
  });

  it('reads every element the selector matches when the first one carries no build class', () => {
    // A tip before the first block: its class is no CSS module class of the block, so every
    // element whose class contains the part is read as a block, and the tip is skipped.
    const withTip = savedPageWithTip('before', '温馨提示');
    const again = readOrders(taobao, withTip, { url: TAOBAO_URL, now: NOW });
    expect(again.totalRows).toBe(7);
    expect(again.skipped).toEqual([{ row: 1, reason: 'no order number (订单号) in this row' }]);
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
  });

  it('reads a block laid out unlike the first one with the selectors, as it reads the first', () => {
    // The next blocks are found where the first block had its parts; the second block here has
    // its table wrapped and its header line's class renamed, so only the selectors find them.
    const mixed = load('sold-items.2026-11.html');
    const second = mixed.querySelectorAll('[class*="trade-order-mod__order-wrap"]')[1]!;
    const wrapper = mixed.createElement('div');
    wrapper.append(second.querySelector('table')!);
    second.append(wrapper);
    second.querySelector('[class*="item-mod__order-hd"]')!.className = 'x';
    const again = readOrders(taobao, mixed, { url: TAOBAO_URL, now: NOW });
    expect(again.skipped).toEqual([]);
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
    expect(again.rows.map((r) => r.anchor.className)).toEqual(Array(6).fill('item-mod__first-cell___1u2Qw'));
  });

  it('puts the badge on the block header line and keeps the whole block as the row', () => {
    const first = result.rows[0]!;
    expect(first.row.className).toBe('trade-order-mod__order-wrap___3kf9Q');
    expect(first.anchor.className).toBe('item-mod__first-cell___1u2Qw');
    expect(first.anchor.textContent).toContain('订单号：3712804412345678901');
    expect(first.row.contains(first.anchor)).toBe(true);
  });
});

describe('Taobao adapter on a later build (new class hashes, reordered and extra columns)', () => {
  const doc = load('sold-items-variant.2026-11.html');
  const result = readOrders(taobao, doc, { url: TMALL_URL, now: NOW });
  const source = { url: TMALL_URL, adapter: 'taobao', observedAt: NOW };

  it('reads the good orders as Tmall orders and skips the one with a broken total', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(3);
    expect(result.skipped).toEqual([{ row: 2, orderId: '3712900000000000002', reason: "实收款 '￥--' is not an amount" }]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'tmall',
        orderId: '3712900000000000001',
        placedAt: Date.UTC(2026, 10, 23, 2, 11, 12),
        status: 'awaiting_shipment',
        statusRaw: '买家已付款',
        buyer: 'tb_云朵',
        items: [{ title: '手工冷制皂 薰衣草 100g', sku: '颜色分类：薰衣草', quantity: 3, unitPrice: 30 }],
        money: { currency: 'CNY', paid: 98, subtotal: 90, shipping: 8 },
        source,
      },
      {
        marketplace: 'tmall',
        orderId: '3712900000000000003',
        placedAt: Date.UTC(2026, 10, 24, 0, 0, 0),
        status: 'shipped',
        statusRaw: '卖家已发货',
        buyer: 'tb_月亮',
        items: [
          { title: '艾草精油皂 单块', sku: '颜色分类：艾草', quantity: 2, unitPrice: 20 },
          { title: '旅行装皂盒', sku: '颜色分类：粉色', quantity: 1, unitPrice: 20 },
        ],
        money: { currency: 'CNY', paid: 60, subtotal: 60, shipping: 0 },
        source,
      },
    ]);
  });
});

describe('Taobao adapter when nothing can be read', () => {
  it('reads "没有符合条件的宝贝" as an empty list with a clear reason', () => {
    const doc = load('sold-items-empty.2026-11.html');
    expect(readOrders(taobao, doc, { url: TAOBAO_URL, now: NOW })).toEqual({
      adapter: 'taobao',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: 'the order list is empty',
    });
  });

  it('tells a changed layout (headers but no order blocks) apart from an empty list', () => {
    const doc = load('sold-items.2026-11.html');
    for (const el of Array.from(doc.querySelectorAll('[class*="trade-order-mod__order-wrap"]'))) {
      el.className = 'renamed-wrapper';
    }
    expect(readOrders(taobao, doc, { url: TAOBAO_URL, now: NOW }, READ_BLOCKS).problem).toBe(
      'the order list shows no order blocks (the page layout may have changed)',
    );
    // With the reader by meaning, the blocks are found by their 订单号 lines instead.
    const essentials = (r: { order: { orderId: string; money: { paid: number }; placedAt: number; status: string } }) =>
      [r.order.orderId, r.order.money.paid, r.order.placedAt, r.order.status];
    const saved = readOrders(taobao, load('sold-items.2026-11.html'), { url: TAOBAO_URL, now: NOW });
    const byStructure = readOrders(taobao, doc, { url: TAOBAO_URL, now: NOW });
    expect(byStructure.byStructure).toBe(1);
    expect(byStructure.rows.map(essentials)).toEqual(saved.rows.map(essentials));
  });

  it('finds no order list on a page that is not 已卖出的宝贝', () => {
    const doc = new DOMParser().parseFromString(readFileSync('test/fixtures/demo/order-list.2026-11.html', 'utf8'), 'text/html');
    expect(readOrders(taobao, doc, { url: TAOBAO_URL, now: NOW }, READ_BLOCKS).problem).toBe('no order list with column headers was found');
    // The reader by meaning reads any order list by its structure, and says it did.
    const read = readOrders(taobao, doc, { url: TAOBAO_URL, now: NOW });
    expect(read.byStructure).toBe(1);
    expect(read.rows.map((r) => r.order.orderId)).toEqual(['DS202611240001', 'DS202611240002', 'DS202611240003', 'DS202611230004', 'DS202611220006', 'DS202611210007']);
  });
});

/**
 * 已卖出的宝贝 with these orders, newest first, each block the saved page's first block with its number, time,
 * buyer, 交易状态 and 售后 cell (state, then hint) changed. The buyers are made up.
 */
function soldItemsWith(rows: readonly [id: string, created: string, buyer: string, status: string, afterSales?: readonly [string, string]][]): Document {
  const doc = load('sold-items-repeat.2026-11.html');
  const list = doc.querySelector('[class*="trade-order-mod__order-list"]')!;
  const template = list.querySelector('[class*="trade-order-mod__order-wrap"]')!;
  list.replaceChildren();
  for (const [id, created, buyer, status, afterSales] of rows) {
    const block = template.cloneNode(true) as Element;
    block.querySelector('[class*="item-mod__checkbox-label"] > span:last-child')!.textContent = id;
    block.querySelector('[class*="item-mod__create-time"]')!.textContent = `创建时间：${created}`;
    block.querySelector('[class*="buyer-mod__name"]')!.textContent = buyer;
    block.querySelector('[class*="sol-mod__status"] span')!.textContent = status;
    const cell = block.querySelectorAll('[class*="item-mod__order-bd"] > tr > td')[3]!.firstElementChild!;
    for (const line of afterSales ?? []) cell.append(Object.assign(doc.createElement('p'), { textContent: line }));
    list.append(block);
  }
  return doc;
}

describe('Taobao adapter on trades closed by a refund (售后 column)', () => {
  const result = readOrders(
    taobao,
    soldItemsWith([
      ['3712866600033344406', '2026-11-24 08:12:40', 'tb_秋叶落落', '买家已付款'],
      ['3712866600033344405', '2026-11-23 14:27:09', 'tb_北窗听雨', '买家已付款', ['退款中', '请及时处理']],
      ['3712866600033344404', '2026-11-18 16:40:22', 'tb_北窗听雨', '交易关闭'],
      ['3712866600033344403', '2026-11-17 19:48:10', 'tb_秋叶落落', '交易关闭', ['退款成功', '钱款已原路退回']],
      ['3712866600033344402', '2026-11-10 21:02:33', 'tb_秋叶落落', '交易关闭', ['退款成功', '钱款已原路退回']],
      ['3712866600033344401', '2026-11-03 20:14:05', 'tb_秋叶落落', '交易关闭', ['退款成功', '钱款已原路退回']],
      ['3712866600033344400', '2026-11-02 10:05:51', 'tb_北窗听雨', '卖家已发货', ['退款关闭', '查看退款']],
    ]),
    { url: TAOBAO_URL, now: NOW },
  );

  it('reads 交易关闭 with 退款成功 as refunded, 交易关闭 alone as cancelled, and 退款中 on an unshipped trade as a refund to answer', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.rows.map((r) => [r.order.orderId, r.order.status, r.order.statusRaw, r.order.buyer])).toEqual([
      ['3712866600033344406', 'awaiting_shipment', '买家已付款', 'tb_秋叶落落'],
      ['3712866600033344405', 'refund_requested', '买家已付款 / 退款中', 'tb_北窗听雨'],
      ['3712866600033344404', 'cancelled', '交易关闭', 'tb_北窗听雨'],
      ['3712866600033344403', 'refunded', '交易关闭 / 退款成功', 'tb_秋叶落落'],
      ['3712866600033344402', 'refunded', '交易关闭 / 退款成功', 'tb_秋叶落落'],
      ['3712866600033344401', 'refunded', '交易关闭 / 退款成功', 'tb_秋叶落落'],
      // A refund request closed (withdrawn or refused) leaves the parcel on its way.
      ['3712866600033344400', 'shipped', '卖家已发货', 'tb_北窗听雨'],
    ]);
  });

  it('warns about the live order of the buyer whose three trades closed with a refund', () => {
    const orders = result.rows.map((r) => r.order);
    const { findings } = evaluate(orders, buildContext(orders), NOW, DEFAULT_SETTINGS);
    expect(findings.filter((f) => f.detector === 'repeat-refunder').map((f) => [f.orderId, f.severity, f.explanation.en])).toEqual([
      [
        '3712866600033344406',
        'P3',
        'Buyer tb_秋叶落落 had 3 refunds or returns in the last 90 days (orders 3712866600033344401, 3712866600033344402, 3712866600033344403; your threshold 3) — keep an eye on this order.',
      ],
    ]);
  });
});
