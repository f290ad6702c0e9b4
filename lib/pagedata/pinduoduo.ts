/**
 * Pinduoduo 订单查询's own data: the list's POST /mangkhut/mms/recentOrderList response
 * (lib/pagedata/sources.ts), one entry per order.
 */
import { z } from 'zod/mini';
import { cellsOf, decimalOfCents, isoOfSeconds, issueOf, type DataRead } from './rows';
import type { PageRow, SkippedRow } from '../schema';

const Seconds = /* @__PURE__ */ z.nullish(z.number().check(z.int(), z.nonnegative()));
const Cents = /* @__PURE__ */ z.nullish(z.number().check(z.int(), z.nonnegative()));
const Text = z.nullish(z.string());

// Shape: {success, error_code, error_msg, result: {totalItemNum, pageItems[]}} (joslynSmall/rcpdd PddResult.java,
// Result.java); a page item's order_sn, order_status_str, created_at, confirm_time, promise_shipping_time (epoch
// seconds), order_amount, goods_amount, shipping_amount (fen), goods_name, spec, goods_number, nickname,
// buyer_memo, mall_remark (Pageitems.java, generated from a real response 2021-03-16), seen 2026-12-06.
const PddList = z.object({
  success: z.optional(z.boolean()),
  error_msg: Text,
  result: z.nullish(z.object({ totalItemNum: z.optional(z.number()), pageItems: z.array(z.unknown()).check(z.maxLength(1000)) })),
});

const PddItem = z.object({
  order_sn: z.string().check(z.minLength(1), z.maxLength(100)),
  order_status_str: Text,
  created_at: Seconds,
  /** 成团时间: the group formed after payment, what the list shows as its payment time. */
  confirm_time: Seconds,
  /** 承诺发货时间: the promise the late-shipment deduction is judged by. */
  promise_shipping_time: Seconds,
  order_amount: Cents,
  /** 商品总价: public code reads the list's 商品总价 cell as goods_amount (greasyfork 420453, file 17625273996), seen 2026-12-06. */
  goods_amount: Cents,
  shipping_amount: Cents,
  goods_name: Text,
  spec: Text,
  goods_number: z.nullish(z.number().check(z.int(), z.positive())),
  nickname: Text,
  buyer_memo: Text,
  mall_remark: Text,
});

/**
 * The orders of a recentOrderList response. Its discounts (merchant_discount, platform_discount)
 * are left out: no public source says how order_amount relates to them, and a guess would
 * raise amount alarms on good orders (the item total alone raises none: the check needs a discount).
 */
export function readPinduoduo(value: unknown): DataRead {
  const list = PddList.safeParse(value);
  if (!list.success) return { ok: false, reason: `not the order list's data (${issueOf(list.error)})` };
  if (list.data.success === false || !list.data.result) {
    return { ok: false, reason: `the console answered with an error${list.data.error_msg ? `: ${list.data.error_msg.slice(0, 200)}` : ''}` };
  }
  const rows: PageRow[] = [];
  const skipped: SkippedRow[] = [];
  list.data.result.pageItems.forEach((entry, i) => {
    const parsed = PddItem.safeParse(entry);
    if (!parsed.success) {
      const sn = (entry as { order_sn?: unknown } | null)?.order_sn;
      skipped.push({ row: i + 1, ...(typeof sn === 'string' ? { orderId: sn.slice(0, 100) } : {}), reason: issueOf(parsed.error) });
      return;
    }
    const o = parsed.data;
    const item = cellsOf({ item: o.goods_name, sku: o.spec, quantity: o.goods_number?.toString() });
    rows.push({
      position: i + 1,
      orderId: o.order_sn,
      cells: cellsOf({
        placedAt: isoOfSeconds(o.created_at),
        paidAt: isoOfSeconds(o.confirm_time),
        shipBy: isoOfSeconds(o.promise_shipping_time),
        paid: decimalOfCents(o.order_amount),
        subtotal: decimalOfCents(o.goods_amount),
        shipping: decimalOfCents(o.shipping_amount),
        status: o.order_status_str,
        buyer: o.nickname,
        buyerMessage: o.buyer_memo,
        sellerRemark: o.mall_remark,
      }),
      items: Object.keys(item).length > 0 ? [item] : [],
    });
  });
  return { ok: true, rows, skipped };
}
