/**
 * Taobao 已卖出的宝贝's own data: the list's POST /trade/itemlist/asyncSold.htm answer
 * (lib/pagedata/sources.ts), one main order per entry with its sub-orders (item lines).
 */
import { z } from 'zod/mini';
import { cellsOf, issueOf, type DataRead } from './rows';
import type { PageRow, SkippedRow } from '../schema';

const Text = z.nullish(z.string());
/** An amount or a count the answer writes as a string ("59.90") or a number. */
const Figure = z.nullish(z.union([z.string().check(z.regex(/^\d{1,12}(?:\.\d{1,4})?$/)), z.number().check(z.nonnegative())]));

// Shape: {mainOrders[], page {totalNumber}}; a main order's id, orderInfo {id, createTime "YYYY-MM-DD HH:MM:SS"},
// buyer {nick}, payInfo {actualFee, postType "(含快递:￥5.00)"}, statusInfo {text}, subOrders[] {itemInfo {title,
// skuText [{name, value}]}, quantity} (seller-side asyncSold.htm readers: files 4278473474, 49344323145,
// 16032499314; buyer-side readers of the same list shape: files 13174430100, 20127682458), seen 2026-12-06.
const TaobaoList = z.object({ mainOrders: z.array(z.unknown()).check(z.maxLength(1000)) });

const SubOrder = z.object({
  itemInfo: z.nullish(z.object({ title: Text, skuText: z.nullish(z.array(z.object({ name: Text, value: Text })).check(z.maxLength(50))) })),
  quantity: Figure,
});

/**
 * An order number as a string, or a number JSON still holds exactly: a 19-digit number past 2^53 has
 * lost its last digits in JSON.parse and would name another order, so it is refused.
 */
const OrderNumber = z.optional(z.union([z.string().check(z.regex(/^\d{1,30}$/)), z.number().check(z.int(), z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER))]));

const MainOrder = z.object({
  id: OrderNumber,
  orderInfo: z.object({ id: OrderNumber, createTime: z.string().check(z.maxLength(40)) }),
  buyer: z.nullish(z.object({ nick: Text })),
  payInfo: z.object({ actualFee: Figure, postType: Text }),
  statusInfo: z.object({ text: z.string().check(z.minLength(1), z.maxLength(200)) }),
  subOrders: z.nullish(z.array(SubOrder).check(z.maxLength(500))),
});

/** 含快递:￥5.00 in the postType text: the shipping the buyer paid. */
const shippingOf = (postType: string | null | undefined): string | undefined => /含快递[:：]\s*([¥￥]?\s*\d+(?:\.\d+)?)/.exec(postType ?? '')?.[1];

/** The orders of an asyncSold.htm answer. */
export function readTaobao(value: unknown): DataRead {
  const list = TaobaoList.safeParse(value);
  if (!list.success) return { ok: false, reason: `not the order list's data (${issueOf(list.error)})` };
  const rows: PageRow[] = [];
  const skipped: SkippedRow[] = [];
  list.data.mainOrders.forEach((entry, i) => {
    const parsed = MainOrder.safeParse(entry);
    const id = parsed.success ? (parsed.data.orderInfo.id ?? parsed.data.id) : undefined;
    if (!parsed.success || id === undefined) {
      const raw = (entry as { id?: unknown } | null)?.id;
      skipped.push({ row: i + 1, ...(typeof raw === 'string' ? { orderId: raw.slice(0, 100) } : {}), reason: parsed.success ? 'id: no order number' : issueOf(parsed.error) });
      return;
    }
    const o = parsed.data;
    rows.push({
      position: i + 1,
      orderId: String(id),
      cells: cellsOf({
        placedAt: o.orderInfo.createTime,
        paid: o.payInfo.actualFee?.toString(),
        shipping: shippingOf(o.payInfo.postType),
        status: o.statusInfo.text,
        buyer: o.buyer?.nick,
      }),
      items: (o.subOrders ?? []).map((sub) =>
        cellsOf({
          item: sub.itemInfo?.title,
          sku: sub.itemInfo?.skuText?.map((s) => [s.name, s.value].filter(Boolean).join('：')).join('；'),
          quantity: sub.quantity?.toString(),
        }),
      ),
    });
  });
  return { ok: true, rows, skipped };
}
