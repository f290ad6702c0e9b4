/**
 * Taobao's seller order detail (trade_item_detail.htm, lib/pagedata/sources.ts): the page writes
 * its order into an inline script as `var data = JSON.parse('…');`. The string literal is
 * decoded here by hand (never run), capped, parsed as data only (./json.ts) and zod-checked; what
 * passes is one page row the list cannot give: payment time, carrier, tracking number, the
 * buyer's message and the order's coupons.
 *
 * Shape, seen 2026-12-06: root {buyMessage, mainOrder, tabs[]} (largesky/shoperp
 * net/ShopErp.App/Domain/TaobaoHtml/Order/TaobaoQueryOrderDetailResponse.cs at d8fa64f; a pyppeteer
 * spider, file 16012687752). mainOrder {id, statusInfo {text "当前订单状态：…"}, payInfo {actualFee
 * {value}, promotions [{prefix, suffix, value}]}, orderInfo {lines [{content [{value {name "付款时间:",
 * value}}]}]}, subOrders [...]} (shoperp …ResponseOrder.cs, …OrderPayInfoActualFee.cs,
 * …OrderInfoLineContentNameValue.cs; the spider reads promotions, '付款时间:', '创建时间:', '发货时间:').
 * tabs [{id "logistics", content {logisticsName, logisticsNum, shipType, address}}] (the spider;
 * shoperp …ResponseTab.cs).
 *
 * No tracking events: the public readers of this data name no trace in the logistics tab (the
 * spider reads its keys and otherwise only a `logisticsUrl` link; shoperp's
 * TaobaoQueryOrderDetailResponseTabContent.cs holds address and shipType), seen 2026-12-06, so
 * tracking-stalled stays silent on Taobao until a page showing the trace's times is read.
 */
import { z } from 'zod/mini';
import { parseUntrusted, PAGE_DATA_MAX_CHARS } from './json';
import { cellsOf, issueOf, type DataRead } from './rows';
import type { PageRow } from '../schema';

export type Embedded = { ok: true; text: string } | { ok: false; reason: string };

/** Where the order's literal starts: the spider's `var data = JSON.parse('`, spaces as any script may set them. */
const START = /\bvar\s+data\s*=\s*JSON\.parse\(\s*'/;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', "'": "'", '"': '"', '\\': '\\' };
const HEX = /^[0-9a-fA-F]+$/;

/**
 * The text of the page's `var data = JSON.parse('…')` literal, its escapes decoded as a script
 * would decode them; a literal longer than `max`, unterminated, or with an escape no script
 * accepts is refused with the reason.
 */
export function embeddedJsonOf(script: string, max = PAGE_DATA_MAX_CHARS): Embedded {
  const start = START.exec(script);
  if (start === null) return { ok: false, reason: 'the page holds no order data' };
  const begin = start.index + start[0].length;
  const parts: string[] = [];
  let from = begin;
  for (let i = begin; i < script.length; i++) {
    if (i - begin > max) return { ok: false, reason: `larger than ${max} characters` };
    const c = script[i]!;
    if (c === "'") {
      parts.push(script.slice(from, i));
      return { ok: true, text: parts.join('') };
    }
    if (c === '\n' || c === '\r') return { ok: false, reason: 'the order data breaks its line' };
    if (c !== '\\') continue;
    parts.push(script.slice(from, i));
    const e = script[i + 1];
    let used = 1;
    if (e === undefined) break;
    if (Object.hasOwn(SIMPLE_ESCAPES, e)) parts.push(SIMPLE_ESCAPES[e]!);
    else if (e === '0' && !/[0-9]/.test(script[i + 2] ?? '')) parts.push('\0');
    else if (e === 'x' || e === 'u') {
      const braced = e === 'u' && script[i + 2] === '{';
      const end = braced ? script.indexOf('}', i + 3) : i + (e === 'x' ? 4 : 6);
      const hex = braced ? script.slice(i + 3, end) : script.slice(i + 2, end);
      const code = end > i && HEX.test(hex) && hex.length <= 6 && (braced || hex.length === (e === 'x' ? 2 : 4)) ? parseInt(hex, 16) : NaN;
      if (!(code <= 0x10ffff)) return { ok: false, reason: `'\\${e}' is no escape a script accepts` };
      parts.push(String.fromCodePoint(code));
      used = end - i - (braced ? 0 : 1);
    } else if (e === '\r') used = script[i + 2] === '\n' ? 2 : 1; // a line continuation adds nothing
    else if (e === '\n' || e === '\u2028' || e === '\u2029') used = 1;
    else if (/[0-9]/.test(e)) return { ok: false, reason: 'an octal escape is no data' };
    else parts.push(e);
    i += used;
    from = i + 1;
  }
  return { ok: false, reason: 'the order data ends before its closing quote' };
}

const Text = z.nullish(z.string().check(z.maxLength(10_000)));
/** An amount the page writes as a string ("55.00") or a number. */
const Figure = z.union([z.string().check(z.regex(/^\d{1,12}(?:\.\d{1,4})?$/)), z.number().check(z.nonnegative(), z.lte(1e12))]);
/** An order number as text, or a number JSON still holds exactly (a 19-digit one has lost digits). */
const OrderNumber = z.union([z.string().check(z.regex(/^\d{6,30}$/)), z.number().check(z.int(), z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER))]);
/** A tracking number as text (or a number JSON holds exactly). */
const TrackingNumber = z.union([z.string().check(z.maxLength(100)), z.number().check(z.int(), z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER))]);

const Detail = z.object({
  buyMessage: Text,
  mainOrder: z.object({
    id: OrderNumber,
    statusInfo: z.object({ text: z.string().check(z.minLength(1), z.maxLength(200)) }),
    payInfo: z.nullish(
      z.object({
        actualFee: z.nullish(z.union([Figure, z.object({ value: Figure })])),
        promotions: z.nullish(z.array(z.unknown()).check(z.maxLength(50))),
      }),
    ),
    orderInfo: z.nullish(z.object({ lines: z.nullish(z.array(z.unknown()).check(z.maxLength(50))) })),
    subOrders: z.nullish(z.array(z.unknown()).check(z.maxLength(500))),
  }),
  tabs: z.nullish(z.array(z.unknown()).check(z.maxLength(50))),
});

const InfoLine = z.object({ content: z.array(z.object({ value: z.object({ name: z.string().check(z.maxLength(100)), value: z.union([z.string().check(z.maxLength(200)), z.number()]) }) })).check(z.maxLength(100)) });
const Promotion = z.object({ value: z.union([z.string().check(z.maxLength(200)), z.number()]) });
const LogisticsTab = z.object({
  id: z.literal('logistics'),
  content: z.object({ logisticsName: Text, logisticsNum: z.nullish(TrackingNumber) }),
});
/** A sub-order as the list's answer writes it (lib/pagedata/taobao.ts); the detail's mainOrder shares the list's names. */
const SubOrder = z.object({
  itemInfo: z.object({ title: z.string().check(z.minLength(1), z.maxLength(2000)) }),
  quantity: z.union([z.string().check(z.regex(/^\d{1,6}$/)), z.number().check(z.int(), z.positive(), z.lte(1e6))]),
});

/** The 订单信息 lines by their name without its colon ("付款时间"), each a text. */
function infoOf(lines: readonly unknown[]): Map<string, string> {
  const info = new Map<string, string>();
  for (const line of lines) {
    const parsed = InfoLine.safeParse(line);
    if (!parsed.success) continue;
    for (const { value } of parsed.data.content) {
      const name = value.name.replace(/[\s:：]+$/u, '');
      if (!info.has(name)) info.set(name, String(value.value));
    }
  }
  return info;
}

/** The order's coupons and shop discounts, summed in fen; undefined when none is shown. */
function discountOf(promotions: readonly unknown[]): string | undefined {
  let fen: number | undefined;
  for (const entry of promotions) {
    const parsed = Promotion.safeParse(entry);
    const amount = parsed.success ? /(\d{1,9})(?:\.(\d{1,2}))?/.exec(String(parsed.data.value)) : null;
    if (amount === null) continue;
    fen = (fen ?? 0) + Number(amount[1]) * 100 + Number((amount[2] ?? '').padEnd(2, '0'));
  }
  return fen === undefined ? undefined : (fen / 100).toFixed(2);
}

/** The item lines, when every sub-order names its item and quantity; else none (a guessed quantity would replace the list's). */
function itemsOf(subOrders: readonly unknown[]): PageRow['items'] {
  const lines = subOrders.map((s) => SubOrder.safeParse(s));
  if (lines.length === 0 || lines.some((l) => !l.success)) return [];
  return lines.map((l) => cellsOf({ item: l.data!.itemInfo.title, quantity: String(l.data!.quantity) }));
}

/** The order of a detail page's data, as one page row. */
export function readTaobaoDetail(value: unknown): DataRead {
  const parsed = Detail.safeParse(value);
  if (!parsed.success) return { ok: false, reason: `not an order's detail data (${issueOf(parsed.error)})` };
  const { mainOrder: order, buyMessage, tabs } = parsed.data;
  const info = infoOf(order.orderInfo?.lines ?? []);
  const fee = order.payInfo?.actualFee;
  const logistics = (tabs ?? []).map((t) => LogisticsTab.safeParse(t)).find((t) => t.success)?.data?.content;
  const row: PageRow = {
    position: 1,
    orderId: String(order.id),
    cells: cellsOf({
      placedAt: info.get('创建时间'),
      paidAt: info.get('付款时间'),
      paid: fee === undefined || fee === null ? undefined : String(typeof fee === 'object' ? fee.value : fee),
      discount: discountOf(order.payInfo?.promotions ?? []),
      status: order.statusInfo.text.replace(/^当前订单状态[:：]\s*/u, ''),
      carrier: logistics?.logisticsName,
      trackingNo: logistics?.logisticsNum === undefined || logistics.logisticsNum === null ? undefined : String(logistics.logisticsNum),
      buyerMessage: buyMessage,
    }),
    items: itemsOf(order.subOrders ?? []),
  };
  return { ok: true, rows: [row], skipped: [] };
}

/** A detail page's script text read as its order: the literal decoded, then parsed as untrusted data. */
export function readTaobaoDetailScript(script: string): DataRead {
  const embedded = embeddedJsonOf(script);
  if (!embedded.ok) return embedded;
  const parsed = parseUntrusted(embedded.text);
  if (!parsed.ok) return { ok: false, reason: `the order data is malformed: ${parsed.reason}` };
  return readTaobaoDetail(parsed.value);
}
