/**
 * What each console's pages give the detectors, and so which detectors can fire where: the
 * fields each console's read pages show (its profile's `shows`, which test/detectors/consoles.test.ts
 * holds to what its adapter reads from the saved pages), the inputs each detector needs, and where a
 * console shows an input its read pages lack. No content script imports this file: it costs
 * their size budget nothing.
 */
import { DETECTORS } from './index';
import { DETECTOR_INPUT_IDS } from './settings';
import type { DetectorId } from './types';
import { t, type MessageKey } from '../i18n';
import { CONSOLE_SHOWS, MARKETPLACE_IDS, PROFILES } from '../marketplaces';
import { ORDER_FIELDS, type OrderField } from '../marketplaces/fields';
import type { Bilingual, Marketplace, Order } from '../schema';

export { ORDER_FIELDS, type OrderField };

const filled = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The fields an order carries with a value (an item field counts when any item has it). */
export function fieldsOf(order: Order): Set<OrderField> {
  const found = new Set<OrderField>();
  const record = order as unknown as Record<string, unknown>;
  const money = order.money as unknown as Record<string, unknown>;
  for (const field of ORDER_FIELDS) {
    const [head, part] = field.split('.') as [string, string | undefined];
    if (part === undefined) {
      if (filled(record[head])) found.add(field);
    } else if (head === 'money') {
      if (filled(money[part])) found.add(field);
    } else if (order.items.some((item) => filled((item as unknown as Record<string, unknown>)[part]))) {
      found.add(field);
    }
  }
  return found;
}

/** The consoles, by their marketplace's id (also their adapter's), in the profiles' order. */
export type ConsoleId = keyof typeof CONSOLE_SHOWS;
export const CONSOLES = /* @__PURE__ */ Object.keys(CONSOLE_SHOWS) as readonly ConsoleId[];

/**
 * The fields each console's adapter reads with a value from the pages it reads today, as its
 * profile declares them (status and status text aside: every console shows them), with those its
 * review and message pages give the orders already read (lib/adapters/pages), and the parcel
 * tracking its order detail asks for (Pinduoduo: lib/pagedata/pinduoduo-track.ts).
 */
export const CONSOLE_FIELDS: Readonly<Record<ConsoleId, readonly OrderField[]>> = CONSOLE_SHOWS;

/** The console a marketplace's orders are read from (Tmall shares Taobao's console). */
export function consoleOf(marketplace: Marketplace): ConsoleId | undefined {
  if (marketplace === 'tmall') return 'taobao';
  return (CONSOLES as readonly string[]).includes(marketplace) ? (marketplace as ConsoleId) : undefined;
}

/**
 * Where consoles show an input their order list may lack ('unread': on a page, or a part of one,
 * that no read of this console covers).
 */
export type Where = 'detail' | 'messages' | 'reviews' | 'unread' | 'nowhere';

/** An input a detector cannot judge without: present when the order carries any of `fields`. */
interface Input {
  readonly fields: readonly OrderField[];
  readonly name: MessageKey;
  /** Where consoles usually show it when their list does not. */
  readonly where: Where;
}

const INPUTS = {
  trackingEvents: { fields: ['lastTrackingAt'], name: 'silentInputTrackingEvents', where: 'detail' },
  trackingNumber: { fields: ['trackingNo'], name: 'silentInputTrackingNumber', where: 'detail' },
  // The Chinese consoles' read pages give no delivery estimate (searched code/pages 2026-12-07; file ids
  // are the session search index's): 承诺送达时间 is an open-platform field (Pinduoduo pdd.order.list.get
  // promise_delivery_time, file 9437331445; Tmall 物流升级 promised_sign_time in an ERP, file 42387562644)
  // that none of the console's own answers read carries: Pinduoduo's recentOrderList (joslynSmall/rcpdd
  // Pageitems.java, a 2019 answer in file 13513410365) and order detail (2019 answer, file 38628271135) give
  // promise_shipping_time only, its tracking answer traces only (file 56149204123); the readers of Taobao's
  // detail data name no such line (largesky/shoperp TaobaoHtml/Order, file 16012687752); Douyin's exp_ship_time
  // is the latest ship time (file 26073740052); JD's 2026 list reader finds 承诺发货时间 and no delivery time
  // (file 70231603066). Searched again 2026-12-07 (承诺送达时间, 预计送达, promise_delivery_time, promise_receive_time,
  // latest_receipt_time): the hits are open-platform or logistics fields (Pinduoduo's again, file 9038605707; a
  // courier quote's promisedDeliveryHourTime, file 56809010096) and unrelated systems, none a console page's. Searched
  // once more 2026-12-07 (code: "抖店 searchlist shop_order_tag text 缺货 预计送达 承诺送达 order tag", "pinduoduo mms
  // recentOrderList promise_delivery_time receive_time stockout 缺货 订单标签"): Douyin's searchlist carries tag lists
  // (shop_order_tag, each item's tags: {key, text, hover_text}) and receipt_time (when the buyer received), but its Go
  // structs (files 49899447305, 45547381708) and every reader name no delivery-promise field nor any tag's text; the
  // Pinduoduo hits are the same recentOrderList readers (file 13513410365's project) with promise_shipping_time only.
  // A delivery estimate would be a made-up field there, so delivery-overdue stays silent on these four consoles.
  deliveryEstimate: { fields: ['deliverBy'], name: 'silentInputDeliveryEstimate', where: 'detail' },
  itemTotal: { fields: ['money.subtotal', 'items.unitPrice'], name: 'silentInputItemTotal', where: 'detail' },
  shipping: { fields: ['money.shipping'], name: 'silentInputShipping', where: 'detail' },
  discount: { fields: ['money.discount'], name: 'silentInputDiscount', where: 'detail' },
  buyer: { fields: ['buyer'], name: 'silentInputBuyer', where: 'detail' },
  items: { fields: ['items.title'], name: 'silentInputItems', where: 'detail' },
  addressState: { fields: ['addressMissing', 'addressChangedAt', 'buyerMessage'], name: 'silentInputAddressState', where: 'detail' },
  buyerMessage: { fields: ['buyerMessage'], name: 'silentInputBuyerMessage', where: 'messages' },
  messageTime: { fields: ['buyerMessageAt'], name: 'silentInputMessageTime', where: 'messages' },
  rating: { fields: ['rating', 'review'], name: 'silentInputRating', where: 'reviews' },
  // No public source shows a per-order stock flag on these consoles' order lists (searched 2026-12-06):
  // Amazon shows an FBA order whose item is out of stock only as Pending (sellercentral.amazon.co.jp
  // help G40571); eBay's out-of-stock option hides listings (pages.ebay.ca/help/sell/delivery.html);
  // the Chinese consoles' 缺货 found is a refund reason or a deduction, not a mark on a live order.
  // Searched again 2026-12-07: Pinduoduo's 缺货 state (stock_out_handle_status, is_stock_out; files 9437331445,
  // 17998046901) and Taobao's is_oversold (file 34488072256) are open-platform fields; the console's own
  // Pinduoduo answers carry only stockout_source_type, null in every public sample and its values undocumented
  // (files 13513410365, 38628271135, 38391464810); JD's list tags (`.order-tags-item`, file 70231603066) have
  // no documented texts; the two copies of that reader (files 70231603066, 70093300744) read the tags' text
  // (`.order-tags-item .jd-tag__content`) and name none of them (searched again 2026-12-07). Searched once more
  // 2026-12-07 (code, the two queries under deliveryEstimate above): Douyin's order and item tags (shop_order_tag,
  // tags) have no public text values, so no 缺货/超卖 mark can be grounded on a live order of any Chinese console; the
  // 缺货 found stays a refund reason (售后原因) or a compensation bill's deduction, which is not stock-risk's input.
  stockFlag: { fields: ['stockShort'], name: 'silentInputStockFlag', where: 'nowhere' },
  // Read from the status text, which every console shows (STATUS_INPUTS): no field of its own.
  cancelRequest: { fields: [], name: 'silentInputCancelRequest', where: 'nowhere' },
  refundRequest: { fields: [], name: 'silentInputRefundRequest', where: 'nowhere' },
  complaint: { fields: [], name: 'silentInputComplaint', where: 'nowhere' },
} as const satisfies Record<string, Input>;
export type InputId = keyof typeof INPUTS;

/**
 * What each detector needs beyond what every console shows (order time, amount paid, status), as
 * its settings file declares it, in the registry's order. Detectors that run on the status alone
 * start their clocks when the status is first seen, and need none.
 */
export const DETECTOR_INPUTS: Readonly<Record<DetectorId, readonly InputId[]>> = inRegistryOrder(DETECTOR_INPUT_IDS);

function inRegistryOrder(declared: Readonly<Record<DetectorId, readonly InputId[]>>): Readonly<Record<DetectorId, readonly InputId[]>> {
  return Object.fromEntries(DETECTORS.map((detector) => [detector.id, declared[detector.id]])) as Record<DetectorId, readonly InputId[]>;
}

/**
 * Inputs a detector reads from the words of the status every console shows, so its settings file
 * declares none: present on every console but those NOT_SHOWN lists, whose lists show no such words.
 */
const STATUS_INPUTS: Readonly<Partial<Record<DetectorId, InputId>>> = {
  'cancel-pending': 'cancelRequest',
  'refund-pending': 'refundRequest',
  'dispute-open': 'complaint',
};

/*
 * Detectors the table marks as able to fire that a console's read pages still give no case (searched
 * code/pages 2026-12-06; file ids are the session search index's):
 * - address-issue on Amazon (and why Shopify and eBay say "detail page"): no public source shows an address
 *   warning or a change request on their order lists, while Etsy's order cards show the buyer's note, which
 *   its adapter reads (2026-12-07); Amazon says to ship only to the address it provides (Manage
 *   Orders FAQ, amazon.com help nodeId 13324361), and its inbox rows name a topic and the order
 *   ("Inquiry from Amazon customer … (Order: …)"), not the buyer's words. Searched their order pages
 *   2026-12-07: Shopify's admin validates each online order's shipping address and shows warnings
 *   (yellow) or errors (red) with suggestions on the order, and the Orders list filters on "Address
 *   validation: Has issues" (help.shopify.com manual/orders/manage-orders/shipping-address-validation and
 *   manual/fulfillment/managing-orders/validating-order-address), but no public source gives the words or
 *   markup the order page shows them in, so lib/adapters/pages/shopify-order.ts does not read them (searched
 *   again 2026-12-07: shopify.dev gives the state as MailingAddress.validationResultSummary ERROR/WARNING/
 *   NO_ISSUES, an API field; an app's "address-unverified" order tag, address-verifier.com, is not Shopify's);
 *   eBay's address changes after payment are the buyer's request to the seller by message (consultingtimes.com,
 *   aeanet.org guides: no order-page mark named).
 * - amount-mismatch on Amazon, eBay and Etsy: none of their lists read today shows a discount; the
 *   order's own page does, and reading one is a new page part, host permission and end-to-end test each.
 *   Shopify's order page is read (lib/adapters/pages/shopify-order.ts): its payment summary's rows add up
 *   by Shopify's own arithmetic, so a case there means a charge the summary shows in no row read.
 */
/**
 * Inputs a console does not show on any page where consoles usually do (WooCommerce's core keeps
 * no shipment tracking, buyer threads or per-order reviews; Shopify's admin has no buyer messages
 * or reviews).
 *
 * A buyer's cancel request on Taobao, Pinduoduo and Douyin is a refund asked before shipping (searched code/docs
 * 2026-12-07; file ids are the session search index's; the sources are cited in lib/detectors/cancel-pending.ts
 * beside TO_SHIP_WORDS): none has a cancel request of its own for a paid order (searched 2026-12-06 and 2026-12-07
 * for 买家申请取消, 申请取消订单, 取消订单审核, 取消中, 待审核取消: 买家申请取消 as a status is AliExpress's IN_CANCEL,
 * file 12332332160), and before shipping a buyer can file only a refund alone (Douyin's after-sale type 2 未发货仅退款,
 * file 67481725728; Taobao's WAIT_SELLER_AGREE on a trade still to ship, file 47189090667), which order ERPs stop at
 * the warehouse as a cancellation (file 475071346). Their lists show it as the order's state to ship beside a refund
 * in progress (Taobao 买家已付款 with 退款中 in the 售后 column, Pinduoduo 待发货 with 售后状态 退款中, Douyin 待发货
 * with after_sale_text 退款中), which cancel-pending reads until the platform's own decision time and refund-pending
 * after it. JD stays without one: its 售前退款 is its own 退款审核单 list (jingdong.pop.afs.soa.refundapply.queryPageList,
 * status 0 未审核 … 6 拦截并退款, 7 青龙拦截成功; files 43263323640, 12497956468, 307410656) that no part reads, while
 * the order list shows 已锁定, which no source ties to the request (a seller Q&A calls it a stock or payment lock,
 * m.fqmxn.com/1/771146.html; searched again 2026-12-07, code and pages, for 京东 订单 锁定 取消/退款 and LOCKED 锁定:
 * no hit names what locks an order), so JD's 锁定 stays a refund to answer (refund-pending's). Pinduoduo's
 * recentOrderList has after_sales_status, null in every public sample (file 13513410365).
 */
const NOT_SHOWN: Readonly<Partial<Record<ConsoleId, readonly InputId[]>>> = {
  // WooCommerce core (searched 2026-12-07): a customer cancels only an unpaid order, at once, from My
  // Account (its Cancel action is offered for the statuses `woocommerce_valid_order_statuses_for_cancel`
  // gives, pending and failed by default; core templates in files 9981969893, 36793177614), so no request
  // waits for the shop; core has no refund or return request either (refunds are the shop's own action,
  // the Refunded status its result) and no dispute (a payment gateway's, in that gateway's own pages).
  woocommerce: ['trackingEvents', 'trackingNumber', 'deliveryEstimate', 'messageTime', 'rating', 'cancelRequest', 'refundRequest', 'complaint'],
  // Shopify's customers cannot cancel after checkout: they ask the store, which cancels from the order
  // page (ecomxagency.com/blogs/shopify/how-to-cancel-shopify-order; docs.global-e.com/enterprise/en/
  // cancel-an-order.html), and apps that let them cancel do it at once (docs.avada.io order-editing
  // cancel-order): no request waits on the Orders list. Seen 2026-12-07.
  shopify: ['buyerMessage', 'messageTime', 'rating', 'cancelRequest'],
  // Etsy's buyers cannot cancel: "Help with order" sends the seller a message asking for it
  // (printify.com/blog/how-to-cancel-an-etsy-order, hipsterfashion.net/?p=14665), no mark on the order
  // card. Seen 2026-12-07.
  etsy: ['cancelRequest'],
  // A promised delivery date, shown by none of their read pages (see INPUTS.deliveryEstimate), and on JD a buyer's
  // cancellation, whose 售前退款 list no part reads (see the note above NOT_SHOWN).
  taobao: ['deliveryEstimate'],
  pinduoduo: ['deliveryEstimate'],
  jd: ['cancelRequest', 'deliveryEstimate'],
  douyin: ['deliveryEstimate'],
};

/**
 * Inputs a console shows on a page of its own that no part reads. Amazon (searched 2026-12-07): return
 * requests are authorised on Manage Returns (help G9DH343PLXALFTUW, "Authorize a return request") and
 * A-to-z Guarantee claims are answered on their own page, Performance › A-to-z Guarantee Claims (help 1781), while
 * Manage Orders, the page read, shows neither in any public copy of it (file 17704225099; the public
 * extension in hung303mc/chrome_extension_amz_bkteam reads its status cell and finds only the buyer's
 * cancel request there).
 */
const NOT_READ: Readonly<Partial<Record<ConsoleId, readonly InputId[]>>> = {
  amazon: ['refundRequest', 'complaint'],
  // Shopify shows a chargeback or inquiry as a banner on the disputed order's page, and the Orders list
  // only filters on "Chargeback and inquiry status" (help.shopify.com manual/payments/chargebacks/
  // managing-chargebacks, seen 2026-12-07): no status word on the list, and the order page's part
  // (lib/adapters/pages/shopify-order.ts) reads its payment summary, not that banner.
  shopify: ['complaint'],
  // Etsy's buyers ask for a refund or return in Messages, labelled Help requests, before any case
  // (help.etsy.com articles 13241489600919 and 360016126873, seen 2026-12-07); no part reads Etsy's Messages.
  etsy: ['refundRequest'],
  // Taobao's order detail page is read (lib/pagedata/taobao-detail.ts) but shows no parcel trace: that is its
  // 查看物流 page, which no part reads (tracking-stalled's silence names it).
  taobao: ['trackingEvents'],
};

/**
 * Detectors whose inputs a console's read pages give, but that no saved page of it fires yet, so the
 * table does not give them a plain ✓ (test/detectors/consoles.test.ts fails once a saved page does).
 * - rate-spike, repeat-refunder and amount-outlier judge many orders together (a month of days, a
 *   buyer's refunds, a shop's usual totals): a console's saved pages hold too few orders, and making a
 *   month of them for each console is still to do (eBay's and Pinduoduo's months fire amount-outlier); duplicate-order on Shopify and Douyin, whose saved
 *   pages have no buyer ordering the same items twice yet.
 * - address-issue, unpaid-stale, tracking-invalid and dispute-open read words each console's status or
 *   message shows, but no saved page has an order in that state yet: eBay's and Etsy's status words
 *   ("Awaiting payment", "Payment pending", "Case opened") have no public source (their adapters say
 *   so), so no page was made up around them.
 */
const NOT_YET_SEEN: Readonly<Partial<Record<ConsoleId, readonly DetectorId[]>>> = {
  amazon: ['rate-spike', 'address-issue', 'repeat-refunder', 'amount-outlier'],
  douyin: ['duplicate-order', 'rate-spike', 'amount-outlier'],
  ebay: ['unpaid-stale'],
  etsy: ['unpaid-stale', 'rate-spike', 'tracking-invalid', 'repeat-refunder', 'amount-outlier', 'dispute-open'],
  jd: ['rate-spike', 'repeat-refunder', 'amount-outlier', 'dispute-open'],
  pinduoduo: ['unpaid-stale', 'address-issue', 'repeat-refunder', 'dispute-open'],
  shopify: ['duplicate-order', 'rate-spike', 'amount-outlier'],
  taobao: ['rate-spike', 'address-issue', 'amount-outlier', 'dispute-open'],
  woocommerce: ['rate-spike', 'amount-outlier'],
};

/** The detectors a console's read pages give every input for that no saved page of it fires yet. */
export function notYetSeen(marketplace: Marketplace): readonly DetectorId[] {
  const console = consoleOf(marketplace);
  return console === undefined ? [] : (NOT_YET_SEEN[console] ?? []);
}

/**
 * Inputs a console shows on another page than consoles usually do. WooCommerce marks an order's
 * item "Backordered" on the order edit page when it was sold without stock (WooCommerce core's
 * `woocommerce_backordered_item_meta_name` item meta, file 706409458 of the session search
 * index, seen 2026-12-06), and in the order preview the list opens on demand (its item meta,
 * `get_order_preview_item_html`, file 233606019, seen 2026-12-06); the edit page is read
 * (lib/adapters/pages/woocommerce-order.ts), the preview not.
 */
const SHOWN_ON: Readonly<Partial<Record<ConsoleId, Partial<Record<InputId, Exclude<Where, 'nowhere'>>>>>> = {
  woocommerce: { stockFlag: 'detail' },
};

const PAGE_KEYS: Record<Exclude<Where, 'nowhere' | 'unread'>, MessageKey> = {
  detail: 'silentPageDetail',
  messages: 'silentPageMessages',
  reviews: 'silentPageReviews',
};

export interface SilentDetector {
  detector: DetectorId;
  /** The first input the console's read pages lack. */
  input: InputId;
  /** Where the console shows it ('nowhere': this console does not show it; 'unread': where no read of it looks). */
  where: Where;
  /** The reason as a message (messages.json key and its parameters, themselves keys). */
  message: { key: MessageKey; params: { input: MessageKey; page?: MessageKey } };
  reason: Bilingual;
}

function whereOn(console: ConsoleId, input: InputId): Where {
  if (NOT_SHOWN[console]?.includes(input) === true) return 'nowhere';
  if (NOT_READ[console]?.includes(input) === true) return 'unread';
  return SHOWN_ON[console]?.[input] ?? INPUTS[input].where;
}

const textOf = (lang: 'en' | 'zh', message: SilentDetector['message']): string =>
  t(lang, message.key, { input: t(lang, message.params.input), ...(message.params.page === undefined ? {} : { page: t(lang, message.params.page) }) });

/**
 * The detectors that cannot fire on a marketplace's console, each with why: "needs tracking
 * events: open an order's detail page", or "needs a buyer rating: this console does not show it".
 * Empty for a marketplace without a built-in console (nothing is known of its pages). Pure; needs
 * the message texts loaded (lib/i18n: provideMessages).
 */
export function silentDetectors(marketplace: Marketplace): SilentDetector[] {
  const console = consoleOf(marketplace);
  if (console === undefined) return [];
  const read = new Set<OrderField>(CONSOLE_FIELDS[console]);
  const silent: SilentDetector[] = [];
  for (const [detector, inputs] of Object.entries(DETECTOR_INPUTS) as Array<[DetectorId, readonly InputId[]]>) {
    const fromStatus = STATUS_INPUTS[detector];
    const input =
      inputs.find((id) => !INPUTS[id].fields.some((field) => read.has(field))) ??
      (fromStatus !== undefined && (NOT_SHOWN[console]?.includes(fromStatus) === true || NOT_READ[console]?.includes(fromStatus) === true) ? fromStatus : undefined);
    if (input === undefined) continue;
    const where = whereOn(console, input);
    const message: SilentDetector['message'] =
      where === 'nowhere'
        ? { key: 'silentNotShown', params: { input: INPUTS[input].name } }
        : where === 'unread'
          ? { key: 'silentNotRead', params: { input: INPUTS[input].name } }
          : { key: 'silentOpenPage', params: { input: INPUTS[input].name, page: PAGE_KEYS[where] } };
    silent.push({ detector, input, where, message, reason: { en: textOf('en', message), zh: textOf('zh', message) } });
  }
  return silent;
}

/** A console's name in the table: the marketplaces read on it (Taobao / Tmall). */
const consoleName = (console: ConsoleId): string =>
  MARKETPLACE_IDS.filter((m) => consoleOf(m) === console)
    .map((m) => PROFILES[m].name.en)
    .join(' / ');

/**
 * The console × detector table for docs/features.md, in English: ✓ where a saved page of the console
 * fires the detector, "✓ not yet on a saved page" where its inputs are read but no saved page fires
 * it yet, else what it needs and where the console shows it. test/detectors/consoles.test.ts keeps
 * the docs equal to it and each cell to what the saved pages fire.
 */
export function consoleDetectorTable(): string {
  const silentBy = new Map(CONSOLES.map((c) => [c, new Map(silentDetectors(c).map((s) => [s.detector, s]))]));
  const cell = (c: ConsoleId, d: DetectorId): string => {
    const s = silentBy.get(c)!.get(d);
    if (s === undefined) return NOT_YET_SEEN[c]?.includes(d) === true ? '✓ not yet on a saved page' : '✓';
    const input = t('en', s.message.params.input);
    if (s.where === 'nowhere') return `— ${input}: not shown`;
    if (s.where === 'unread') return `— ${input}: not read here`;
    return `${input}: ${s.where === 'detail' ? 'detail page' : s.where}`;
  };
  const lines = [
    `| detector | ${CONSOLES.map(consoleName).join(' | ')} |`,
    `|---|${CONSOLES.map(() => '---').join('|')}|`,
    ...(Object.keys(DETECTOR_INPUTS) as DetectorId[]).map((d) => `| \`${d}\` | ${CONSOLES.map((c) => cell(c, d)).join(' | ')} |`),
  ];
  return lines.join('\n');
}
