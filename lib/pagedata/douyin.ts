/**
 * Douyin 抖店 订单管理's own data: the list's GET /api/order/searchlist answer
 * (lib/pagedata/sources.ts), one entry per order with its item lines.
 *
 * Public evidence (searched code 2026-12-07; file ids are the session search index's): the answer's
 * shape is two Go structs generated from a real answer (files 49899447305, 45547381708), read
 * alongside scripts that parse it (files 60905849560, 61946091094, 4891683616, 68350771414) and
 * a test runtime's sample row (file 68378461032). Its item's after_sale_info carries only texts
 * and an id (after_sale_text, after_sale_status_remark, after_sale_id): no public source shows a
 * request time in this answer: that time is the after-sales list's own answer, /after_sale/pc/list
 * (./douyin-aftersale.ts), which gives these orders when the buyer asked once the seller opens it.
 */
import { z } from 'zod/mini';
import { cellsOf, decimalOfCents, isoOfSeconds, issueOf, type DataRead } from './rows';
import type { PageRow, SkippedRow } from '../schema';

const Seconds = /* @__PURE__ */ z.nullish(z.number().check(z.int(), z.nonnegative()));
const Cents = /* @__PURE__ */ z.nullish(z.number().check(z.int(), z.nonnegative()));
const Text = z.nullish(z.string());

// Shape: {st, code, msg, data[], total} (files 49899447305, 45547381708: `St`, `Code`, `Msg`, `Data []`; file
// 60905849560 reads code 0, data[] and total), seen 2026-12-07. A reader takes code 10008 as logged out (file 56148702538).
const DouyinList = z.object({
  code: z.optional(z.number()),
  st: z.optional(z.number()),
  msg: Text,
  data: z.nullish(z.array(z.unknown()).check(z.maxLength(1000))),
});

// Shape: sku_spec [{name, value}] (files 49899447305, 60905849560, 61946091094); a sample row writes plain
// strings (file 68378461032), seen 2026-12-07.
const SkuSpec = z.nullish(z.array(z.union([z.string(), z.object({ name: Text, value: Text })])).check(z.maxLength(50)));

// Shape: product_item[] {product_name, sku_spec, combo_num, combo_amount (fen), after_sale_info {after_sale_text}}
// (files 49899447305, 45547381708; combo_num, combo_amount as the unit price in fen: file 61946091094; the list's
// 售后 words '-', '退款中', '退款成功' in after_sale_text: file 68378461032), seen 2026-12-07.
const Item = z.object({
  product_name: Text,
  sku_spec: SkuSpec,
  combo_num: z.nullish(z.number().check(z.int(), z.positive())),
  combo_amount: Cents,
  after_sale_info: z.nullish(z.object({ after_sale_text: Text })),
});

/** The order number as the list shows it (订单编号, 19 digits): a string; a JSON number past 2^53 would name another order. */
const OrderNumber = z.string().check(z.regex(/^\d{6,30}$/));

// Shape: shop_order_id, create_time, pay_time, exp_ship_time (epoch seconds), pay_amount, post_amount (fen),
// user_nickname, buyer_words, remark, order_status_info {order_status_text}
// (files 49899447305, 45547381708, generated from a real answer; shop_order_id, pay_time, create_time: files
// 61946091094, 39509481433, 60905849560; remark as 卖家备注: file 4891683616; order_status_text: files 60905849560,
// 68350771414; pay_amount in fen: file 55864427870), seen 2026-12-07. exp_ship_time is the latest time to ship
// (订单最晚发货时间 in the open platform's order fields of the same name, files 26073740052, 18659346145).
const DouyinOrder = z.object({
  shop_order_id: OrderNumber,
  create_time: Seconds,
  pay_time: Seconds,
  exp_ship_time: Seconds,
  pay_amount: Cents,
  post_amount: Cents,
  user_nickname: Text,
  buyer_words: Text,
  remark: Text,
  order_status_info: z.nullish(z.object({ order_status_text: Text })),
  product_item: z.nullish(z.array(Item).check(z.maxLength(500))),
  // latest_logistic_info {tracking_no} (files 49899447305, 45547381708) is left unread: once one Douyin order shows a
  // number, every shipped order without one raises a P1 "missing number", and the orders a page's text alone reads
  // (no data: Firefox, an answer past the cap or of a changed shape) never show one, so that would cry wolf.
});

type Spec = NonNullable<z.infer<typeof SkuSpec>>;

/** 规格 as the list writes it under the title ("玫瑰；100g"): each value, its name kept only where there is no value. */
const specOf = (spec: Spec | null | undefined): string | undefined =>
  spec
    ?.map((s) => (typeof s === 'string' ? s : (s.value ?? s.name ?? '')).trim())
    .filter(Boolean)
    .join('；');

/**
 * The order's 售后 word: the first item line with an after-sale ('-' is none). Beside an order still 待发货, 退款中 is a
 * refund asked before shipping, the only after-sale a buyer can file then (the open platform's after-sale type 2
 * 未发货仅退款, file 67481725728, seen 2026-12-07): cancel-pending reads the pair as the buyer cancelling.
 */
const afterSalesOf = (items: readonly z.infer<typeof Item>[]): string | undefined =>
  items.map((i) => i.after_sale_info?.after_sale_text?.trim()).find((t) => t !== undefined && t !== '' && t !== '-');

/** The orders of a searchlist answer. */
export function readDouyin(value: unknown): DataRead {
  const list = DouyinList.safeParse(value);
  if (!list.success) return { ok: false, reason: `not the order list's data (${issueOf(list.error)})` };
  const { code, st, msg, data } = list.data;
  if ((code !== undefined && code !== 0) || (st !== undefined && st !== 0) || !data) {
    return { ok: false, reason: `the console answered with an error${msg ? `: ${msg.slice(0, 200)}` : ''}` };
  }
  const rows: PageRow[] = [];
  const skipped: SkippedRow[] = [];
  data.forEach((entry, i) => {
    const parsed = DouyinOrder.safeParse(entry);
    if (!parsed.success) {
      const id = (entry as { shop_order_id?: unknown } | null)?.shop_order_id;
      skipped.push({ row: i + 1, ...(typeof id === 'string' ? { orderId: id.slice(0, 100) } : {}), reason: issueOf(parsed.error) });
      return;
    }
    const o = parsed.data;
    const items = o.product_item ?? [];
    rows.push({
      position: i + 1,
      orderId: o.shop_order_id,
      cells: cellsOf({
        placedAt: isoOfSeconds(o.create_time),
        paidAt: isoOfSeconds(o.pay_time),
        shipBy: isoOfSeconds(o.exp_ship_time),
        paid: decimalOfCents(o.pay_amount),
        shipping: decimalOfCents(o.post_amount),
        status: o.order_status_info?.order_status_text,
        afterSales: afterSalesOf(items),
        buyer: o.user_nickname,
        buyerMessage: o.buyer_words,
        sellerRemark: o.remark,
      }),
      items: items.map((item) =>
        cellsOf({ item: item.product_name, sku: specOf(item.sku_spec), quantity: item.combo_num?.toString(), unitPrice: decimalOfCents(item.combo_amount) }),
      ),
    });
  });
  return { ok: true, rows, skipped };
}
