// @vitest-environment happy-dom
/**
 * After-sales reasons: console phrases in both languages, the real report files in
 * ../shared/data (when present), every console's saved pages, and input that is no reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import { afterSalesReasonFor, classifyReason, reasonOf, withAfterSalesReason } from '../../lib/cases/reasons';
import { readOrders } from '../../lib/extract';
import { decodeBytes, importText } from '../../lib/import';
import type { Order } from '../../lib/schema';
import { testUrlsOf } from '../adapters/test-urls';

describe('classifyReason: the consoles’ reason texts', () => {
  test.each([
    // Taobao / Tmall, Pinduoduo, JD, Douyin refund and return reasons
    ['缺货', 'out_of_stock'],
    ['商家缺货，无法发货', 'out_of_stock'],
    ['卖家发错货', 'wrong_item'],
    ['颜色/尺码发错', 'wrong_item'],
    ['少件/漏发', 'missing_item'],
    ['配件缺失', 'missing_item'],
    ['商品破损', 'damaged'],
    ['收到商品破损、污渍、变形', 'damaged'],
    ['快递拒收', 'refused'],
    ['买家拒签', 'refused'],
    ['质量问题', 'quality'],
    ['做工粗糙/有瑕疵', 'quality'],
    ['商品与页面描述不符', 'not_as_described'],
    ['假冒品牌', 'not_as_described'],
    ['未收到货', 'not_received'],
    ['快递一直未送达，包裹丢失', 'not_received'],
    ['未按约定时间发货', 'late'],
    ['物流太慢', 'late'],
    ['我不想要了', 'changed_mind'],
    ['拍错/多拍', 'changed_mind'],
    ['七天无理由退换货', 'changed_mind'],
    ['其他', 'other'],
    // Amazon (returns report codes and order statuses), eBay, Etsy, Shopify
    ['DAMAGED_BY_CARRIER', 'damaged'],
    ['DEFECTIVE', 'quality'],
    ['QUALITY_UNACCEPTABLE', 'quality'],
    ['NOT_AS_DESCRIBED', 'not_as_described'],
    ['MISSING_PARTS', 'missing_item'],
    ['SWITCHEROO', 'wrong_item'],
    ['MISSED_ESTIMATED_DELIVERY', 'late'],
    ['UNWANTED_ITEM', 'changed_mind'],
    ['ORDERED_WRONG_ITEM', 'changed_mind'],
    ['FOUND_BETTER_PRICE', 'changed_mind'],
    ['UNDELIVERABLE_REFUSED', 'refused'],
    ['Shipped - Returned to Seller', 'refused'],
    ['Shipped - Rejected by Buyer', 'refused'],
    ['Shipped - Lost in Transit', 'not_received'],
    ['A-to-z Guarantee claim: item not received', 'not_received'],
    ["Doesn't match description or photos", 'not_as_described'],
    ['Arrived damaged', 'damaged'],
    ["Doesn't fit", 'changed_mind'],
    ['Changed my mind', 'changed_mind'],
    ['Wrong item sent', 'wrong_item'],
    ['Item out of stock', 'out_of_stock'],
    ['Buyer requested cancellation', 'changed_mind'],
    ['Items unavailable', 'out_of_stock'],
    ['Customer changed or canceled order', 'changed_mind'],
    ['Fraudulent order', 'other'],
  ] as const)('%s → %s', (text, reason) => {
    expect(classifyReason(text)).toBe(reason);
  });

  test('a status word alone names no reason: an order amount "INR 400" is not "item not received"', () => {
    for (const text of ['Cancelled', '退款中', '已退款', 'Refunded', 'Return requested', 'INR 400', 'Partially refunded / Partially fulfilled', '未发货，退款成功', '已发货，待签收 / 售后处理中']) {
      expect([text, classifyReason(text)]).toEqual([text, 'other']);
    }
  });

  test('bad input: a reason in an unknown language or 10 KB long is kept raw and classed "other"', () => {
    expect(reasonOf('Товар пришёл разбитым')).toEqual({ raw: 'Товар пришёл разбитым', reason: 'other' });
    expect(reasonOf('Produkt kam beschädigt an')).toEqual({ raw: 'Produkt kam beschädigt an', reason: 'other' });
    // 10 KB of a complaint that names damage again and again: no reason is that long, so no class is guessed.
    const long = '商品破损 damaged '.repeat(800);
    expect(long.length).toBeGreaterThan(10_000);
    const kept = reasonOf(long);
    expect(kept.reason).toBe('other');
    expect(kept.raw).toBe(long.trim().slice(0, 500));
    // An order with that text as its reason column keeps it, classed other (the schema keeps 500 characters).
    const order = withAfterSalesReason({ status: 'refund_requested', statusRaw: '退款中' } as Order, long);
    expect(order.afterSalesReason).toEqual(kept);
  });

  test('where an order’s reason comes from: the reason column, else a status or message that names one', () => {
    const refund = { status: 'refund_requested', statusRaw: '退款中' } as const;
    expect(afterSalesReasonFor(refund, '其他原因')).toEqual({ raw: '其他原因', reason: 'other' });
    expect(afterSalesReasonFor({ ...refund, buyerMessage: '收到的杯子碎了，要退款' })).toEqual({ raw: '收到的杯子碎了，要退款', reason: 'damaged' });
    expect(afterSalesReasonFor({ ...refund, buyerMessage: '麻烦尽快处理' })).toBeUndefined();
    // An order not in after-sales: its message is a message, not a reason.
    expect(afterSalesReasonFor({ status: 'awaiting_shipment', statusRaw: '待发货', buyerMessage: '不想要了' })).toBeUndefined();
    const withOwn = { ...refund, afterSalesReason: { raw: '质量问题', reason: 'quality' } } as Order;
    expect(withAfterSalesReason(withOwn, '缺货')).toBe(withOwn);
  });
});

// Paths, not URLs: this file runs in happy-dom, whose URL is not Node's.
const DATA = resolve(process.cwd(), '../shared/data');
const hasData = existsSync(DATA);

describe.runIf(hasData)('reason texts of the real report files in ../shared/data', () => {
  const FILES = [
    'china/tmall_order_report.csv',
    'amazon/amazon_in_sale_report_first1499.csv',
    'ebay/damascene__SalesHistory.csv',
    ...readdirSync(`${DATA}/shopify`).map((f) => `shopify/${f}`),
    ...readdirSync(`${DATA}/etsy`).map((f) => `etsy/${f}`),
  ].sort();

  test('every after-sales order of every report: the reason texts found fall in a known class (>= 95%), the rest are listed', async () => {
    const afterSales = new Set(['refund_requested', 'refunded', 'return_requested', 'returned', 'disputed', 'cancelled']);
    const reasons: Record<string, number> = {};
    const withoutReason: Record<string, number> = {};
    let orders = 0;
    for (const path of FILES) {
      const { text } = decodeBytes(readFileSync(`${DATA}/${path}`));
      const r = await importText(text, { fileName: path.split('/').pop()!, now: Date.UTC(2026, 10, 25, 12) });
      for (const o of r.orders) {
        if (!afterSales.has(o.status)) continue;
        orders++;
        if (o.afterSalesReason) {
          const k = `${o.afterSalesReason.raw} → ${o.afterSalesReason.reason}`;
          reasons[k] = (reasons[k] ?? 0) + 1;
        } else withoutReason[o.statusRaw] = (withoutReason[o.statusRaw] ?? 0) + 1;
      }
    }
    // The files carry reasons only in Amazon's statuses; every one of them is classed.
    expect(reasons).toEqual({ 'Shipped - Returned to Seller → refused': 9, 'Shipped - Rejected by Buyer → refused': 1 });
    const texts = Object.values(reasons).reduce((a, b) => a + b, 0);
    const known = Object.entries(reasons).filter(([k]) => !k.endsWith('→ other')).reduce((a, [, n]) => a + n, 0);
    expect(known / texts).toBeGreaterThanOrEqual(0.95);
    // The rest show a status and no reason: listed, none given a class.
    expect(withoutReason).toEqual({
      Cancelled: 202,
      '已退款': 5_132,
      '部分退款': 514,
      'paid / unfulfilled / cancelled': 1,
      'partially_refunded / unfulfilled': 1,
      'voided / unfulfilled / cancelled': 41,
    });
    expect(orders).toBe(texts + Object.values(withoutReason).reduce((a, b) => a + b, 0));
  }, 60_000);
});

describe('every console’s saved pages (test/fixtures)', () => {
  const afterSales = new Set(['refund_requested', 'refunded', 'return_requested', 'returned', 'disputed', 'cancelled']);
  test('refunds, returns and cancellations shown with a status only get no guessed reason; a reason in the buyer’s message is read', () => {
    const seen: Record<string, string[]> = {};
    for (const adapter of ADAPTERS) {
      const dir = `test/fixtures/${adapter.id}`;
      if (!existsSync(dir)) continue;
      const url = testUrlsOf(adapter).match[0]!;
      for (const file of readdirSync(dir)) {
        const doc = new DOMParser().parseFromString(readFileSync(`${dir}/${file}`, 'utf8'), 'text/html');
        for (const { order } of readOrders(adapter, doc, { url, now: Date.UTC(2026, 10, 25, 4) }).rows) {
          if (!afterSales.has(order.status)) continue;
          expect([order.orderId, withAfterSalesReason(order).afterSalesReason]).toEqual([order.orderId, undefined]);
          (seen[adapter.id] ??= []).push(order.statusRaw);
          const told = withAfterSalesReason({ ...order, buyerMessage: order.marketplace === 'amazon' || order.marketplace === 'ebay' || order.marketplace === 'etsy' || order.marketplace === 'shopify' || order.marketplace === 'woocommerce' ? 'The mug arrived broken' : '收到的杯子碎了，外包装破了' });
          expect(told.afterSalesReason?.reason).toBe('damaged');
        }
      }
    }
    // At least these statuses, from the pages saved when this test was written; pages saved since add to them.
    const atLeast: Record<string, string[]> = {
      demo: ['交易关闭'],
      taobao: ['交易关闭', '退款中'],
      pinduoduo: ['已发货，待签收 / 售后处理中', '已取消', '待发货 / 退款中', '未发货，退款成功'],
      amazon: ['Canceled'],
      jd: ['已取消', '锁定'],
      woocommerce: ['Refunded', 'Cancelled', 'Failed'],
      douyin: ['已关闭', '已发货 / 售后中', '已关闭 / 退款成功'],
      shopify: ['Paid / Fulfilled / Return in progress', 'Refunded / Unfulfilled', 'Partially refunded / Partially fulfilled', 'Voided / Unfulfilled'],
      ebay: ['Cancelled', 'Return requested'],
      etsy: ['Canceled', 'Refunded'],
    };
    expect(Object.keys(seen).sort()).toEqual(Object.keys(atLeast).sort());
    for (const [console, statuses] of Object.entries(atLeast)) expect(seen[console], console).toEqual(expect.arrayContaining(statuses));
  });
});
