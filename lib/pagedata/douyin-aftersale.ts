/**
 * Douyin 抖店 售后工作台's own data: the after-sales list's POST /after_sale/pc/list answer
 * (lib/pagedata/sources.ts), one entry per after-sale with the order it is for. It names no order
 * time or amount, so it is not read as orders: it gives the orders already read from 订单管理 the
 * time the buyer asked (售后申请时间), so refund-pending and dispute-open time the request from
 * then, not from when a read first saw it.
 *
 * Public evidence (searched code 2026-12-07; file ids are the session search index's): the answer
 * is {code, st, data: {items[]}, total} (a read-only counter checking code, st, data.items, total,
 * file 71567024039; readers taking data.items, files 56148702538, 61946091094, 36532761829); each
 * item has after_sale_info {after_sale_id, apply_time (售后申请时间, epoch seconds), after_sale_status,
 * related_id}, order_info {shop_order_id}, text_part {after_sale_status_text} (a Qt collector, file
 * 36532761829; a profit crawler, file 61946091094; a Playwright sync falling back from create_time to
 * apply_time, file 56148702538); the status numbers are the open platform's after-sale states
 * (renhonghai/doudian-sdk AfterSaleStatusConstant.php: 12 售后成功, 14 换货成功, 28 售后失败).
 * Each item also says its kind and whether the goods had shipped when it was asked: after_sale_info.after_sale_type
 * (0 退货退款, 1 已发货仅退款, 2 未发货仅退款: the open platform's numbering, file 67481725728) and text_part
 * after_sale_type_text (售后类型) and logistics_shipped_text (商品发货状态, file 36532761829), seen 2026-12-07. They are
 * not read: a request gives its order only its time (lib/pagedata/requests.ts), and 订单管理 already shows a refund
 * asked before shipping as 待发货 beside 退款中, which cancel-pending reads.
 */
import { z } from 'zod/mini';
import { isoOfSeconds, issueOf } from './rows';
import type { SkippedRow } from '../schema';

/** One order's open request, with when the buyer made it (ISO with its zone). */
export interface RequestEntry {
  readonly orderId: string;
  readonly requestedAt: string;
}

export type RequestRead = { ok: true; entries: RequestEntry[]; skipped: SkippedRow[]; closed: number } | { ok: false; reason: string };

const ITEMS_MAX = 1_000;
const Seconds = /* @__PURE__ */ z.nullish(z.number().check(z.int(), z.nonnegative(), z.lte(1e11)));
const Text = z.nullish(z.string().check(z.maxLength(500)));
/** The order number as 订单管理 shows it (a string: a JSON number past 2^53 would name another order). */
const OrderNumber = z.string().check(z.regex(/^\d{6,30}$/));

// Shape: {code, st, msg, data: {items[]}, total} (file 71567024039 checks code 0, st 0, data.items a list), seen 2026-12-07.
const AfterSaleList = z.object({
  code: z.optional(z.number()),
  st: z.optional(z.number()),
  msg: Text,
  data: z.nullish(z.object({ items: z.nullish(z.array(z.unknown()).check(z.maxLength(ITEMS_MAX))) })),
});

// Shape: after_sale_info {apply_time, create_time, after_sale_status, related_id} (files 36532761829, 56148702538,
// 61946091094), order_info {shop_order_id} (files 36532761829, 61946091094), text_part {after_sale_status_text}
// (files 36532761829, 61946091094), seen 2026-12-07.
const AfterSale = z.object({
  after_sale_info: z.object({
    apply_time: Seconds,
    create_time: Seconds,
    after_sale_status: z.nullish(z.number().check(z.int())),
    related_id: z.nullish(z.string()),
  }),
  order_info: z.nullish(z.object({ shop_order_id: z.nullish(OrderNumber) })),
  text_part: z.nullish(z.object({ after_sale_status_text: Text })),
});

/** The open platform's finished after-sale states: 12 售后成功, 14 换货成功, 28 售后失败 (renhonghai/doudian-sdk, seen 2026-12-07). */
const FINISHED_STATES: ReadonlySet<number> = new Set([12, 14, 28]);
/** The list's own words for a finished after-sale ("同意退款，退款成功" for state 12, file 61946091094; 售后关闭, 已撤销), seen 2026-12-07. */
const FINISHED_WORDS = /退款成功|售后成功|换货成功|售后失败|售后关闭|已关闭|已撤销|已取消/;

/**
 * The open requests of an after-sales answer, one per order: the earliest open request of an
 * order (its clock ends first). A finished after-sale gives no request; an entry without an order
 * number or a request time is skipped with why.
 */
export function readDouyinAfterSales(value: unknown): RequestRead {
  const list = AfterSaleList.safeParse(value);
  if (!list.success) return { ok: false, reason: `not the after-sales list's data (${issueOf(list.error)})` };
  const { code, st, msg, data } = list.data;
  if ((code !== undefined && code !== 0) || (st !== undefined && st !== 0) || !data?.items) {
    return { ok: false, reason: `the console answered with an error${msg ? `: ${msg.slice(0, 200)}` : ''}` };
  }
  const earliest = new Map<string, number>();
  const skipped: SkippedRow[] = [];
  let closed = 0;
  data.items.forEach((entry, i) => {
    const parsed = AfterSale.safeParse(entry);
    if (!parsed.success) {
      skipped.push({ row: i + 1, reason: issueOf(parsed.error) });
      return;
    }
    const { after_sale_info: info, order_info: order, text_part: text } = parsed.data;
    const related = info.related_id ?? undefined;
    const orderId = order?.shop_order_id ?? (related !== undefined && OrderNumber.safeParse(related).success ? related : undefined);
    if (orderId === undefined) {
      skipped.push({ row: i + 1, reason: 'names no order number' });
      return;
    }
    if ((info.after_sale_status != null && FINISHED_STATES.has(info.after_sale_status)) || FINISHED_WORDS.test(text?.after_sale_status_text ?? '')) {
      closed++;
      return;
    }
    const at = info.apply_time || info.create_time;
    if (!at) {
      skipped.push({ row: i + 1, orderId, reason: 'shows no request time' });
      return;
    }
    const known = earliest.get(orderId);
    if (known === undefined || at < known) earliest.set(orderId, at);
  });
  const entries = [...earliest].map(([orderId, at]) => ({ orderId, requestedAt: isoOfSeconds(at)! }));
  return { ok: true, entries, skipped, closed };
}
