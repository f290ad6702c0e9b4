// The SEVENTH blind held-out set: order lists of consoles no earlier set drew on, important to small
// sellers (快手小店, 小红书 千帆, 有赞, 微店, Mercari Shops, BASE, NAVER 스마트스토어, Shoper, SHOPLINE), in
// shapes no earlier set rendered: Japanese dates "2026年12月7日 14:03" and Reiwa-era dates "令和8年12月7日
// 14:03", yen without decimals "¥1,234" and "1,234円", full-width "￥1,234.56" beside "¥" on Chinese pages,
// Korean "12,800원" with "2026. 12. 07. 14:03" and "2026.12.07 14:03", Polish "7 gru 2026, 14:03" and
// "1234,56 zł" / "12 345,67 zł", "NT$1,234", order numbers with letters (E…, P…), a product-order number
// of the same shape beside the order number (NAVER), parcels of one order each with its own number and
// tracking (小红书), orders grouped under a header row with their items below (有赞), tabs with counts
// ("待发货 (37)"), pagination footers, a virtualised grid, and cards on a 390 px phone screen (微店).
// Decoys: package numbers, product-order numbers, product/item ids (Mercari m…), SKUs, tracking
// numbers, phones, tab counts.
// Written down on 2026-12-07 BEFORE the reader's dictionaries (lib/extract/keys.ts, keys-world.ts,
// meaning.ts, flat.ts, sniff.ts, lib/normalize/status.ts, money.ts, datetime.ts) were read. Each order is
// the truth its cells are printed from; the reader's output never feeds back here. A word a seller could
// read two ways is left out rather than given a guessed truth: Shoper's "złożone" (placed: paid or not),
// Mercari Shops' provisional "注文確認待ち" (convenience-store payment not made yet, or an order to check),
// SHOPLINE's "待處理", Etsy's "New"/"Completed", Squarespace's "Pending" (so Etsy and Squarespace are not
// drawn on at all: their list shows little else).
//
// This one file is the whole set: the orders, the pages (React component libraries pinned in
// ./react/package.json, bundled from the sources below with esbuild) and the renderer's call
// (heldout-render.mjs renderSet), which writes test/fixtures/corpus/react-*-heldout7-*.{html,json} (or
// test/corpus/pending/ for a page marked pending; `firstScore` keeps a page's score before any fix).
// First score, before any reader file was changed (npm run corpus -- --verbose, 2026-12-07 17:22 UTC):
// 77 of 153 orders read exactly, 0 false orders (kuaishou 16/16, xhs 15/15, youzan 15/15, NAVER 12/15 and
// 12/15, SHOPLINE 4/16, Shoper 3/15, Mercari Shops 0/16, BASE 0/15, 微店 0/15).
// Now (18:10 UTC): 133 of 153, 0 false orders; nine pages in the corpus, Mercari Shops pending (see its page).
// Since sniff.ts isRandomKey (2026-12-08): Mercari Shops 16 of 16 joins the corpus; the set reads 149 of 153.
// Run: node test/corpus/render/heldout7.mjs [name-filter]   (needs /usr/bin/chromium)
//
// Sources (search tool, seen 2026-12-07; `code` hits by repository/path or find_string file id, `pages`/`docs` by URL):
// - 快手小店: the open platform's order list open.order.cursor.list with orderViewStatus and oid
//   (find_string ids 19555643034, 55118818229: openapi.kwaixiaodian.com); 19-digit order numbers as the
//   second held-out set noted; Taobao-family words 待付款 / 待发货 / 已发货 / 交易成功 / 交易关闭 used by
//   Chinese seller consoles (find_string id 6906121053 orderStatus 10 未付款 … 50 交易成功, 60 交易关闭).
// - 小红书 千帆 (ark.xiaohongshu.com): the order list is a list of packages (packageId "P…", packageStatus,
//   originalPackageId of a split order, createdTime, paidTime, deliveryTime, logistics)
//   (apifox.com/apidoc/docs-site/1103512/api-24196747); order numbers P + 18 digits (second set's note).
//   Package numbers of the same shape shown under the order are decoys; 待发货 / 已发货 / 已完成 / 已取消.
// - 有赞: youzan.trades.sold.get with tid and status WAIT_BUYER_PAY 待付款, WAIT_SELLER_SEND_GOODS 待发货,
//   WAIT_BUYER_CONFIRM_GOODS 已发货, TRADE_BUYER_SIGNED 已完成, TRADE_CLOSED 已关闭 (find_string id 59306382519;
//   id 8947970615 open.youzanyun.com); tids E + 20 digits (E + yyyymmddHHMMSS + 6).
// - 微店: vdian.order.list.get / vdian.order.get with 15-digit order_id "774424663152941" (find_string
//   ids 29812803841, 20271625605); a phone-first seller app, so its list is cards on a narrow screen.
// - Mercari Shops (ja): the seller's 注文一覧 with a 発送前 tab and 発送済み orders
//   (craftwriter-blog.com/mercari-shops-order-cancel; t-b-h-company.com/mediablog/?p=7490), provisional
//   orders for convenience-store payments (support.logiless.com/platforms/marketplace/mercari-shops/status,
//   left out); 取引完了 and キャンセル as Mercari's closing words. Order-id shape assumed (no public source
//   shows one); product ids m + 11 digits as Mercari prints its items.
// - BASE (ja): order statuses ordered 未発送, dispatched 発送完了, cancelled キャンセル (baseinc/api-docs
//   base_api_v1_orders_edit_status.md); unique_key shape (16 capitals/digits) assumed. The Reiwa-era date
//   is a console calling toLocaleString('ja-JP-u-ca-japanese'), not a claim about BASE's own screen.
// - NAVER 스마트스토어 (ko): an order (orderId) holds product orders (productOrderId), both ~16 digits,
//   statuses PAY_WAITING 결제대기, PAYED 결제완료, DELIVERING 배송중, DELIVERED 배송완료, PURCHASE_DECIDED 구매확정,
//   CANCEL (apicenter.commerce.naver.com … 변경 상품 주문 정보 구조체 and 상품 주문 상세 내역 조회, clipped in a
//   `code` hit; a SMARTSTORE OrderStatus union in another); 발주확인 is per product order. "12,800원".
// - Shoper (pl): default statuses złożone (new), przyjęte do realizacji, oczekiwanie na płatność, gotowe do
//   wysłania, przesyłka wysłana, anulowane, zwrócone (www.shoper.pl/learn/artykul/statusy-zamowien and
//   …/konfiguracja-statusow-zamowien-w-sklepie); order list columns ID, Klient, Data zamówienia, Wartość,
//   Płatność, Dostawa, Status (shopelo.pl/pomoc/pomoc-03-zamowienia.php, a Polish admin of the same kind);
//   Intl pl-PL money "1234,56 zł" and dates "7 gru 2026, 14:03"; InPost 24-digit parcel numbers.
// - SHOPLINE (zh-TW): order, delivery and payment statuses changed separately (glama.ai/mcp/servers/
//   tzangms/shoplinemcp/tools/update_order_status: confirmed / cancelled, shipped / delivered, paid /
//   unpaid); fulfillment 已发货 / 部分发货 / 未发货 (developer.shopline.com … order-fulfillment-status); delivery
//   arrived (open-api.docs.shoplineapp.com/changelog/release-151). Shown as 未出貨, 已出貨, 已到達, 已取消;
//   "NT$1,234"; order-number shape assumed.
import { fileURLToPath } from 'node:url';
import { renderSet } from './heldout-render.mjs';
import { rng, num, digits, alnum, oneOf, two, clock, grp, units } from './seeded.mjs';

// ---------- seeded randomness ----------
const b62 = (r, n) => Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(r() * 57)]).join('');

// ---------- local wall time ----------

/** The lines a date cell shows, by console style. */
export function formatDate7(ms, style, timeZone) {
  const t = clock(ms, timeZone);
  const intl = (loc, o) => new Intl.DateTimeFormat(loc, { timeZone, ...o }).format(new Date(ms));
  switch (style) {
    case 'zh': return [`${t.y}-${two(t.mo)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`];
    case 'ja': return [`${t.y}年${t.mo}月${t.d}日 ${two(t.h)}:${two(t.mi)}`];
    case 'reiwa': return [intl('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })]; // "令和8年12月7日 14:03"
    case 'ko': return [`${t.y}. ${two(t.mo)}. ${two(t.d)}. ${two(t.h)}:${two(t.mi)}`];
    case 'naver': return [`${t.y}.${two(t.mo)}.${two(t.d)} ${two(t.h)}:${two(t.mi)}`];
    case 'pl': return [intl('pl-PL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })]; // "7 gru 2026, 14:03"
    case 'tw': return [`${t.y}/${two(t.mo)}/${two(t.d)} ${two(t.h)}:${two(t.mi)}`];
    default: throw new Error('date style ' + style);
  }
}

/** Money as each console prints it. */
export function formatMoney7(v, style) {
  const { int, c } = units(v);
  switch (style) {
    case 'cny': return `¥${grp(int, ',')}.${c}`;
    case 'cny-fw': return `￥${grp(int, ',')}.${c}`;
    case 'jpy': return `¥${grp(Math.round(v), ',')}`;
    case 'yen': return `${grp(Math.round(v), ',')}円`;
    case 'krw': return `${grp(Math.round(v), ',')}원`;
    case 'pln': return new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' }).format(v); // "1234,56 zł", "12 345,67 zł"
    case 'twd': return `NT$${grp(Math.round(v), ',')}`;
    default: throw new Error('money style ' + style);
  }
}
const CURRENCY7 = { cny: 'CNY', 'cny-fw': 'CNY', jpy: 'JPY', yen: 'JPY', krw: 'KRW', pln: 'PLN', twd: 'TWD' };
const WHOLE = new Set(['jpy', 'yen', 'krw', 'twd']);

// ---------- status words, each with the state a seller reads from it ----------
export const STATUSES7 = {
  kuaishou: [['待付款', 'awaiting_payment'], ['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['交易成功', 'completed'], ['交易关闭', 'cancelled']],
  xhs: [['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['已完成', 'completed'], ['已取消', 'cancelled']],
  youzan: [['待付款', 'awaiting_payment'], ['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['已完成', 'completed'], ['已关闭', 'cancelled']],
  weidian: [['待付款', 'awaiting_payment'], ['待发货', 'awaiting_shipment'], ['已发货', 'shipped'], ['已完成', 'completed'], ['已关闭', 'cancelled']],
  mercari: [['発送前', 'awaiting_shipment'], ['発送済み', 'shipped'], ['取引完了', 'completed'], ['キャンセル', 'cancelled']],
  base: [['未発送', 'awaiting_shipment'], ['発送完了', 'shipped'], ['キャンセル', 'cancelled']],
  naver: [['결제대기', 'awaiting_payment'], ['결제완료', 'awaiting_shipment'], ['배송중', 'shipped'], ['배송완료', 'delivered'], ['구매확정', 'completed'], ['취소완료', 'cancelled']],
  shoper: [['oczekiwanie na płatność', 'awaiting_payment'], ['przyjęte do realizacji', 'awaiting_shipment'], ['gotowe do wysłania', 'awaiting_shipment'], ['przesyłka wysłana', 'shipped'], ['anulowane', 'cancelled'], ['zwrócone', 'returned']],
  shopline: [['未出貨', 'awaiting_shipment'], ['已出貨', 'shipped'], ['已到達', 'delivered'], ['已取消', 'cancelled']],
};

const IDS = {
  kuaishou: (r) => '2' + digits(r, 18),
  xhs: (r) => 'P' + num(r, 18),
  youzan: (r, t) => `E${t.y}${two(t.mo)}${two(t.d)}${two(t.h)}${two(t.mi)}${two(t.s)}${digits(r, 6)}`,
  weidian: (r) => '7' + digits(r, 14),
  mercari: (r) => b62(r, 22),
  base: (r) => alnum(r, 16),
  naver: (r, t) => `${t.y}${two(t.mo)}${two(t.d)}${digits(r, 8)}`,
  shoper: (r) => String(18000 + Math.floor(r() * 9000)),
  shopline: (r, t) => `${t.y}${two(t.mo)}${two(t.d)}${two(t.h)}${two(t.mi)}${digits(r, 6)}`,
};
/** Numbers beside an order that are not it (packages, product orders, buyer ids). */
const SUBS = {
  kuaishou: (r) => num(r, 13), // 商品ID
  xhs: (r) => 'P' + num(r, 18), // package numbers, the order's shape
  youzan: (r) => num(r, 12), // 商品编码
  weidian: (r) => num(r, 10), // 商品ID
  mercari: (r) => 'm' + digits(r, 11), // product ids
  base: (r) => num(r, 9), // item ids
  naver: (r, t) => `${t.y}${two(t.mo)}${two(t.d)}${digits(r, 8)}`, // 상품주문번호, same shape as the 주문번호
  shoper: (r) => `${oneOf(r, ['KUB', 'TSH', 'SWE', 'CZA'])}-${num(r, 4)}`, // product codes
  shopline: (r) => 'SL' + num(r, 8), // SKU
};
const PARCELS = {
  kuaishou: (r) => oneOf(r, ['SF' + num(r, 12), '75' + digits(r, 12), 'YT' + num(r, 13)]),
  xhs: (r) => oneOf(r, ['SF' + num(r, 12), 'JT' + num(r, 13), '77' + digits(r, 13)]),
  youzan: (r) => oneOf(r, ['SF' + num(r, 12), '78' + digits(r, 12), 'YT' + num(r, 13)]),
  weidian: (r) => oneOf(r, ['SF' + num(r, 12), '46' + digits(r, 11)]),
  mercari: (r) => `${digits(r, 4)}-${digits(r, 4)}-${digits(r, 4)}`,
  base: (r) => `${digits(r, 4)}-${digits(r, 4)}-${digits(r, 4)}`,
  naver: (r) => num(r, 12),
  shoper: (r) => '6' + digits(r, 23),
  shopline: (r) => num(r, 12),
};
const PHONES = {
  kuaishou: (r) => `1${oneOf(r, ['38', '59', '86'])}****${digits(r, 4)}`,
  xhs: (r) => `1${oneOf(r, ['37', '52', '88'])}****${digits(r, 4)}`,
  youzan: (r) => `1${oneOf(r, ['35', '57', '89'])}****${digits(r, 4)}`,
  weidian: (r) => `1${oneOf(r, ['31', '77', '99'])}****${digits(r, 4)}`,
  mercari: (r) => `090-${digits(r, 4)}-${digits(r, 4)}`,
  base: (r) => `080-${digits(r, 4)}-${digits(r, 4)}`,
  naver: (r) => `010-${digits(r, 4)}-${digits(r, 4)}`,
  shoper: (r) => `+48 ${num(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`,
  shopline: (r) => `09${digits(r, 2)}-${digits(r, 3)}-${digits(r, 3)}`,
};
const GOODS = {
  zh: ['手工皂 3块装', '针织开衫', '保温杯 500ml', '原创帆布包', '香薰蜡烛', '陶瓷马克杯', '发夹 5件套', '手冲咖啡豆 250g'],
  tw: ['手工皂禮盒', '針織外套', '保溫瓶 500ml', '帆布托特包', '香氛蠟燭', '陶瓷馬克杯'],
  ja: ['ハンドメイドピアス', '手ぬぐい', '有田焼 小皿', 'レザーキーケース', '古着 デニムシャツ', '手作り石けん'],
  ko: ['수제 비누 세트', '니트 가디건', '텀블러 500ml', '캔버스 에코백', '향초', '머그컵'],
  pl: ['Kubek ceramiczny', 'Świeca sojowa', 'Sweter wełniany', 'Torba płócienna', 'Mydło naturalne', 'Czapka zimowa'],
};
const PEOPLE = {
  zh: ['王**', '李**', '张**', '刘**', '陈**', '杨**'],
  tw: ['林**', '陳**', '黃**', '張**', '李**'],
  ja: ['佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健', '伊藤 結衣'],
  ko: ['김*수', '이*영', '박*준', '최*희', '정*민'],
  pl: ['Anna Nowak', 'Piotr Kowalski', 'Katarzyna Wiśniewska', 'Tomasz Wójcik', 'Magdalena Kamińska'],
};
const LANG_OF = { kuaishou: 'zh', xhs: 'zh', youzan: 'zh', weidian: 'zh', mercari: 'ja', base: 'ja', naver: 'ko', shoper: 'pl', shopline: 'tw' };
const PRICE = { cny: [9, 399], 'cny-fw': [19, 699], jpy: [800, 12000], yen: [900, 15000], krw: [5900, 89000], pln: [19, 450], twd: [199, 2990] };
const SHIP_FEE = { cny: 0, 'cny-fw': 8, jpy: 210, yen: 550, krw: 3000, pln: 13.99, twd: 60 };

/** Orders of one page: each record's truth beside the texts printed from it, and its decoys. */
export function heldout7Orders({ console: con, count, dateStyle, money, seed, timeZone, now, items = [1, 2], parcels = false }) {
  const r = rng(seed);
  const lang = LANG_OF[con];
  const nowMs = Date.parse(now);
  const out = [];
  let t = nowMs - 11 * 60_000;
  for (let i = 0; i < count; i++) {
    t -= Math.floor((25 + r() * 400) * 60_000 + r() * 59_000);
    const placedMs = t;
    const tc = clock(placedMs, timeZone);
    const orderId = IDS[con](r, tc);
    const [statusText, status] = oneOf(r, STATUSES7[con]);
    const n = items[0] + Math.floor(r() * (items[1] - items[0] + 1));
    const [lo, hi] = PRICE[money];
    const its = Array.from({ length: n }, () => {
      const qty = 1 + Math.floor(r() * 2);
      const price = WHOLE.has(money) ? Math.round((lo + r() * (hi - lo)) / 10) * 10 : Math.round((lo + r() * (hi - lo)) * 100) / 100;
      return { name: oneOf(r, GOODS[lang]), sku: SUBS[con](r, tc), qty, price, priceText: formatMoney7(price, money) };
    });
    const shipping = r() < 0.5 ? 0 : SHIP_FEE[money];
    const total = Math.round((its.reduce((s, it) => s + it.price * it.qty, 0) + shipping) * 100) / 100;
    const shipped = ['shipped', 'delivered', 'completed', 'returned'].includes(status);
    const dateLines = formatDate7(placedMs, dateStyle, timeZone);
    // 小红书: an order sent in parcels, each with its own package number (the order's shape) and tracking
    const packs = parcels ? Array.from({ length: n > 1 && r() < 0.6 ? 2 : 1 }, () => ({ id: SUBS.xhs(r), tracking: shipped ? PARCELS[con](r) : null })) : [];
    out.push({
      orderId, placedMs, status, statusText, total, currency: CURRENCY7[money],
      totalText: formatMoney7(total, money), shippingText: formatMoney7(shipping, money), dateLines, dateText: dateLines.join(' '),
      buyer: oneOf(r, PEOPLE[lang]), phone: PHONES[con](r), items: its,
      tracking: shipped ? PARCELS[con](r) : null,
      pack: con === 'naver' ? SUBS.naver(r, tc) : null,
      packs, merged: parcels && packs.length === 1 && r() < 0.3,
    });
  }
  return out;
}

/** Text on the page that is not an order number and must never be read as one. */
export function decoys7Of(o) {
  return [o.tracking, o.phone, o.pack, ...o.items.map((it) => it.sku), ...o.packs.flatMap((p) => [p.id, p.tracking])].filter(Boolean);
}

// ---------- the pages ----------
const col = (key, kind, title, more = {}) => ({ key, kind, title, ...more });
export const HELDOUT7_PAGES = [
  { name: 'react-antd-heldout7-kuaishou-tabs', firstScore: 'first score 16 of 16', lib: 'antd', config: 'table', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-07T15:40', title: '订单管理 - 快手小店',
    configuration: 'seventh held-out set (快手小店, Chinese): Ant Design table under tabs with counts ("待发货 (37)"), 19-digit order numbers with a copy action, 13-digit 商品ID, "¥1,234.56", "2026-12-07 14:03:22", SF/ZTO/YTO tracking numbers, masked phones, a pagination footer "共 1286 条"',
    seed: 9901, gen: { console: 'kuaishou', count: 16, dateStyle: 'zh', money: 'cny' },
    options: { heading: '订单管理', locale: 'zh_CN', pageTotal: 1286, pageTotalText: '共 {t} 条', tabs: ['全部订单 (1,286)', '待付款 (9)', '待发货 (37)', '已发货 (112)', '售后中 (4)'], columns: [
      col('id', 'id', '订单编号'), col('items', 'itemsSku', '商品信息'), col('total', 'total', '实付款'), col('status', 'status', '订单状态'),
      col('placed', 'placed', '下单时间'), col('buyer', 'buyerPhone', '收货人'), col('tracking', 'tracking', '物流单号'),
    ] } },
  { name: 'react-antd-heldout7-xhs-parcels', firstScore: 'first score 15 of 15', lib: 'antd', config: 'blocks', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-07T20:10', title: '订单管理 - 小红书千帆',
    configuration: 'seventh held-out set (小红书 千帆, Chinese): one Ant Design card per order ("订单号 P…", 19 characters) whose parcels each carry a package number of the same shape and their own tracking, some orders marked 合并发货, full-width "￥1,234.56", "2026-12-07 14:03:22", masked phones',
    seed: 9902, gen: { console: 'xhs', count: 15, dateStyle: 'zh', money: 'cny-fw', items: [1, 3], parcels: true },
    options: { heading: '订单管理', labels: { id: '订单号 ', placed: '下单时间 ', total: '实付 ', pack: '包裹号 ', tracking: '运单号 ', merged: '合并发货', parcel: '包裹' } } },
  { name: 'react-bootstrap-heldout7-youzan-grouped', firstScore: 'first score 15 of 15', lib: 'bootstrap', config: 'grouped', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-07T11:25', title: '订单查询 | 有赞',
    configuration: 'seventh held-out set (有赞, Chinese): one table where each order is a header row "订单号：E…  下单时间：…" spanning the columns, its items in rows below with the paid amount and status in cells spanning the item rows, E + 20-digit order numbers, "¥1,234.56", 12-digit 商品编码, tracking numbers, a footer "共 412 条，每页 15 条"',
    seed: 9903, gen: { console: 'youzan', count: 15, dateStyle: 'zh', money: 'cny', items: [1, 3] },
    options: { heading: '订单查询', footer: '共 412 条，每页 15 条', labels: { id: '订单号：', placed: '下单时间：', tracking: '快递单号：' }, columns: [
      col('items', 'items', '商品'), col('price', 'price', '单价/数量'), col('buyer', 'buyerPhone', '买家/收货人'), col('total', 'total', '实付金额'), col('status', 'status', '订单状态'),
    ] } },
  { name: 'react-mui-heldout7-weidian-phone', firstScore: 'first score 0 of 15 (no order list found in the phone cards)', joined: 'read 15 of 15 since 13383a0: lib/extract/meaning.ts chunksOf cuts a text at a spaced middle dot ("2026-12-07 06:46:33 · 陈** 199****6324": the time and the buyer on one line)', lib: 'mui', config: 'cards', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-07T09:05', title: '订单 - 微店店长版', viewport: { width: 390, height: 844 },
    configuration: 'seventh held-out set (微店, Chinese, phone screen 390 px): MUI cards, one per order, with the 15-digit order number and status on the first line, the items with 10-digit product ids, the time "2026-12-07 14:03:22", "合计 ¥123.45" and the tracking number at the foot, masked phones',
    seed: 9904, gen: { console: 'weidian', count: 15, dateStyle: 'zh', money: 'cny' },
    options: { heading: '订单', labels: { id: '订单号 ', total: '合计 ', tracking: '物流 ', sku: '商品ID ' } } },
  { name: 'react-mantine-heldout7-mercari-shops', firstScore: 'first score 0 of 16 (no order list found: the 22-character order ids of mixed-case letters and digits are not taken as order numbers)', joined: 'read 16 of 16 since lib/extract/sniff.ts idLike takes a random key of 16 to 32 capitals, small letters and digits as an order number (isRandomKey: Mercari Shops numbers its records so, its product ids are 22 of base 62, 2026-12-08)', lib: 'mantine', config: 'table', language: 'ja-JP', timeZone: 'Asia/Tokyo', now: '2026-12-07T21:15', title: '注文一覧 | メルカリShops',
    configuration: 'seventh held-out set (Mercari Shops, Japanese): Mantine table under tabs with counts ("発送前 (5)"), 22-character order ids of letters and digits, product ids m + 11 digits, "2026年12月7日 14:03", "¥1,234" without decimals, Japan Post/Yamato tracking numbers 1234-5678-9012, 090 phones',
    seed: 9905, gen: { console: 'mercari', count: 16, dateStyle: 'ja', money: 'jpy' },
    options: { heading: '注文一覧', tabs: ['すべて (214)', '発送前 (5)', '発送済み (18)', '取引完了 (187)', 'キャンセル (4)'], columns: [
      col('id', 'id', '注文ID'), col('placed', 'placed', '注文日時'), col('items', 'itemsSku', '商品'), col('total', 'total', '合計金額'),
      col('status', 'status', 'ステータス'), col('buyer', 'buyer', '購入者'), col('tracking', 'tracking', '追跡番号'),
    ] } },
  { name: 'react-primereact-heldout7-base-reiwa', firstScore: 'first score 0 of 15 (every order skipped: 注文日 "令和8年12月7日 14:18" is not a date and time)', joined: 'read 15 of 15 since lib/normalize/datetime.ts reads Japanese era years and lib/normalize/status.ts knows 未発送, 発送完了 and キャンセル', lib: 'primereact', config: 'table', language: 'ja-JP', timeZone: 'Asia/Tokyo', now: '2026-12-07T16:50', title: '注文管理 | BASE',
    configuration: 'seventh held-out set (BASE, Japanese): PrimeReact DataTable with a paginator, 16-character order keys of capitals and digits, dates in the Reiwa era "令和8年12月7日 14:03", "1,234円", 9-digit item ids, tracking numbers, 080 phones',
    seed: 9906, gen: { console: 'base', count: 15, dateStyle: 'reiwa', money: 'yen' },
    options: { heading: '注文管理', paginator: true, totalRecords: 96, columns: [
      col('id', 'id', '注文番号'), col('placed', 'placed', '注文日'), col('buyer', 'buyerPhone', '注文者'), col('items', 'itemsSku', '商品'),
      col('total', 'total', '合計'), col('status', 'status', '対応状況'), col('tracking', 'tracking', '配送伝票番号'),
    ] } },
  { name: 'react-aggrid-heldout7-naver-virtual', firstScore: 'first score 12 of 15 (구매확정 unknown)', joined: 'read 15 of 15 since lib/normalize/status.ts knows 구매확정', lib: 'aggrid', config: 'table', language: 'ko-KR', timeZone: 'Asia/Seoul', now: '2026-12-07T18:40', title: '주문통합검색 : 스마트스토어센터',
    configuration: 'seventh held-out set (NAVER 스마트스토어, Korean): AG Grid with row virtualisation (absolutely positioned rows in a 560 px viewport), 상품주문번호 beside 주문번호 of the same 16-digit date-prefixed shape, "2026.12.07 14:03", "12,800원", 상품번호, CJ tracking numbers, 010 phones, a pinned selection column',
    seed: 9907, gen: { console: 'naver', count: 15, dateStyle: 'naver', money: 'krw', items: [1, 1] },
    options: { heading: '주문통합검색', columns: [
      col('pack', 'pack', '상품주문번호', { width: 170 }), col('id', 'id', '주문번호', { width: 170 }), col('placed', 'placed', '결제일', { width: 150 }), col('status', 'status', '주문상태', { width: 110 }),
      col('items', 'items', '상품명', { width: 200 }), col('sku', 'skus', '상품번호', { width: 130 }), col('total', 'total', '총 주문금액', { width: 130, align: 'right' }), col('buyer', 'buyer', '구매자명', { width: 100 }), col('phone', 'phone', '구매자연락처', { width: 140 }), col('tracking', 'tracking', '송장번호', { width: 140 }),
    ] } },
  { name: 'react-semi-heldout7-naver-ko-dots', firstScore: 'first score 12 of 15 (구매확정 unknown)', joined: 'read 15 of 15 since lib/normalize/status.ts knows 구매확정', lib: 'semi', config: 'table', language: 'ko-KR', timeZone: 'Asia/Seoul', now: '2026-12-07T10:20', title: '발주/발송관리 : 스마트스토어센터',
    configuration: 'seventh held-out set (NAVER 스마트스토어, Korean): Semi Design table of the shipping desk, 주문번호 first and 상품주문번호 beside it, dates "2026. 12. 07. 14:03" with spaces after the dots, "12,800원", tracking numbers, 010 phones',
    seed: 9908, gen: { console: 'naver', count: 15, dateStyle: 'ko', money: 'krw', items: [1, 1] },
    options: { heading: '발주/발송관리', columns: [
      col('id', 'id', '주문번호'), col('pack', 'pack', '상품주문번호'), col('placed', 'placed', '주문일시'), col('items', 'items', '상품명'),
      col('total', 'total', '결제금액'), col('status', 'status', '주문상태'), col('buyer', 'buyerPhone', '수취인'), col('tracking', 'tracking', '송장번호'),
    ] } },
  { name: 'react-chakra-heldout7-shoper', firstScore: 'first score 3 of 15 (the Polish statuses przyjęte do realizacji, gotowe do wysłania, oczekiwanie na płatność, przesyłka wysłana, zwrócone unknown)', joined: 'read 11 of 15 since lib/normalize/status.ts knows przyjęte do realizacji, oczekiwanie na płatność and przesyłka wysłana; its four zwrócone stay unknown on purpose (a refund on one Polish admin, a returned parcel on another)', lib: 'chakra', config: 'table', language: 'pl-PL', timeZone: 'Europe/Warsaw', now: '2026-12-07T13:35', title: 'Zamówienia - Panel administracyjny Shoper',
    configuration: 'seventh held-out set (Shoper, Polish): Chakra UI table, 5-digit order ids, "7 gru 2026, 14:03", "1234,56 zł" and "12 345,67 zł" (Intl pl-PL), product codes, InPost 24-digit parcel numbers, +48 phones, a footer "Strona 1 z 9 (132 zamówień)"',
    seed: 9909, gen: { console: 'shoper', count: 15, dateStyle: 'pl', money: 'pln' },
    options: { heading: 'Zamówienia', footer: 'Strona 1 z 9 (132 zamówień)', columns: [
      col('id', 'id', 'ID'), col('buyer', 'buyerPhone', 'Klient'), col('placed', 'placed', 'Data zamówienia'), col('total', 'total', 'Wartość'),
      col('items', 'itemsSku', 'Produkty'), col('status', 'status', 'Status'), col('tracking', 'tracking', 'Numer przesyłki'),
    ] } },
  { name: 'react-semi-heldout7-shopline-tw', firstScore: 'first score 4 of 16 (no status read: the 送貨狀態 column not taken as the status)', joined: 'read 16 of 16 since lib/extract/keys-world.ts names 送貨狀態 the status header and lib/normalize/status.ts knows 未出貨, 已出貨 and 已到達', lib: 'semi', config: 'table', language: 'zh-TW', timeZone: 'Asia/Taipei', now: '2026-12-07T17:55', title: '訂單管理 - SHOPLINE',
    configuration: 'seventh held-out set (SHOPLINE Taiwan, traditional Chinese): Semi Design table with selection, 18-digit date-prefixed order numbers, "2026/12/07 14:03", "NT$1,234", SKUs SL…, delivery statuses 未出貨 / 已出貨 / 已到達 / 已取消, 12-digit tracking numbers, 09xx phones',
    seed: 9910, gen: { console: 'shopline', count: 16, dateStyle: 'tw', money: 'twd' },
    options: { heading: '訂單管理', columns: [
      col('id', 'id', '訂單號碼'), col('placed', 'placed', '訂單日期'), col('buyer', 'buyerPhone', '顧客'), col('items', 'itemsSku', '商品'),
      col('total', 'total', '合計'), col('status', 'status', '送貨狀態'), col('tracking', 'tracking', '追蹤編號'),
    ] } },
];

// ---------- page modules (bundled by esbuild from these sources; resolved in ./react) ----------
const PRELUDE = `
const P = window.__PAGE__;
const O = P.options || {};
const COLS = O.columns || [];
const L = O.labels || {};
function useReady(ms) { React.useEffect(() => { const t = setTimeout(() => { window.__READY__ = true; }, ms); return () => clearTimeout(t); }, []); }
const TONE = { awaiting_payment: 'warning', awaiting_shipment: 'info', shipped: 'primary', delivered: 'success', completed: 'success', cancelled: 'default', returned: 'default' };
function lines(o, kind) {
  switch (kind) {
    case 'placed': return o.dateLines;
    case 'total': return [o.totalText];
    case 'buyer': return [o.buyer];
    case 'buyerPhone': return [o.buyer, o.phone];
    case 'phone': return [o.phone];
    case 'items': return o.items.map((it) => it.name + ' ×' + it.qty);
    case 'itemsSku': return o.items.flatMap((it) => [it.name + ' ×' + it.qty, it.sku]);
    case 'skus': return o.items.map((it) => it.sku);
    case 'price': return o.items.map((it) => it.priceText + ' ×' + it.qty);
    case 'tracking': return [o.tracking || '—'];
    case 'pack': return [o.pack || '—'];
    default: throw new Error('column kind ' + kind);
  }
}
function Lines({ o, kind }) {
  return React.createElement('div', null, lines(o, kind).map((l, i) => React.createElement('div', { key: i, style: i ? { color: '#888', fontSize: 12 } : undefined }, l))); }
`;

const MODULES = {
  antd: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import zhCN from 'antd/locale/zh_CN';
import { ConfigProvider, Table, Tag, Typography, Card, Space, Row, Col, Tabs } from 'antd';
${PRELUDE}
const COLOR = { warning: 'orange', info: 'blue', primary: 'geekblue', success: 'green', default: 'default' };
const statusTag = (o) => <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag>;
function Block({ o }) {
  const title = (
    <Space size={20} wrap>
      <span>{L.id}<Typography.Text copyable={{ text: o.orderId }}>{o.orderId}</Typography.Text></span>
      <Typography.Text type="secondary">{L.placed}{o.dateText}</Typography.Text>
      {o.merged ? <Tag>{L.merged}</Tag> : null}
    </Space>
  );
  // items shared out over the order's parcels in order
  const per = Math.ceil(o.items.length / Math.max(o.packs.length, 1));
  return (
    <Card size="small" title={title} extra={statusTag(o)} style={{ marginBottom: 12 }}>
      {o.packs.map((p, k) => (
        <div key={k} style={{ borderBottom: '1px dashed #eee', padding: '4px 0' }}>
          <Typography.Text type="secondary">{L.parcel}{k + 1} · {L.pack}{p.id}{p.tracking ? ' · ' + L.tracking + p.tracking : ''}</Typography.Text>
          {o.items.slice(k * per, (k + 1) * per).map((it, j) => (
            <Row key={j} gutter={16} style={{ padding: '4px 0' }}>
              <Col span={12}>{it.name}</Col>
              <Col span={6}>{it.priceText}</Col>
              <Col span={6}>x{it.qty}</Col>
            </Row>
          ))}
        </div>
      ))}
      <Row gutter={16} style={{ paddingTop: 6 }}>
        <Col span={12}>{o.buyer} <Typography.Text type="secondary">{o.phone}</Typography.Text></Col>
        <Col span={12} style={{ textAlign: 'end' }}><Typography.Text strong>{L.total}{o.totalText}</Typography.Text></Col>
      </Row>
    </Card>
  );
}
function App() {
  useReady(900);
  const columns = COLS.map((c) => ({ title: c.title, key: c.key, align: c.align,
    render: (_, o) => c.kind === 'id' ? <Typography.Text copyable={{ text: o.orderId }}><a href="#">{o.orderId}</a></Typography.Text> : c.kind === 'status' ? statusTag(o) : <Lines o={o} kind={c.kind} /> }));
  return (
    <ConfigProvider locale={zhCN}>
      <div style={{ padding: 16 }}>
        <Typography.Title level={4}>{O.heading}</Typography.Title>
        {O.tabs ? <Tabs defaultActiveKey="0" items={O.tabs.map((t, k) => ({ key: String(k), label: t }))} /> : null}
        {P.config === 'blocks' ? P.orders.map((o) => <Block key={o.orderId} o={o} />)
          : <Table rowKey="orderId" columns={columns} dataSource={P.orders} bordered size="middle" rowSelection={{ type: 'checkbox' }}
              pagination={O.pageTotal ? { total: O.pageTotal, pageSize: P.orders.length, current: 1, showSizeChanger: false, showTotal: (t) => O.pageTotalText.replace('{t}', t) } : false} />}
      </div>
    </ConfigProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  bootstrap: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import 'bootstrap/dist/css/bootstrap.min.css';
import { Container, Card, Table, Badge, Form } from 'react-bootstrap';
${PRELUDE}
const BG = { warning: 'warning', info: 'info', primary: 'primary', success: 'success', default: 'secondary' };
function App() {
  useReady(600);
  return (
    <Container fluid className="p-3">
      <Card>
        <Card.Header as="h5">{O.heading}</Card.Header>
        <Card.Body>
          <Table bordered size="sm">
            <thead><tr>{COLS.map((c) => <th key={c.key}>{c.title}</th>)}</tr></thead>
            {P.orders.map((o) => (
              <tbody key={o.orderId}>
                <tr className="table-light">
                  <td colSpan={COLS.length}>
                    <Form.Check inline aria-label="select" />
                    <span className="me-4">{L.id}{o.orderId}</span>
                    <span className="me-4 text-muted">{L.placed}{o.dateText}</span>
                    {o.tracking ? <span className="text-muted">{L.tracking}{o.tracking}</span> : null}
                  </td>
                </tr>
                {o.items.map((it, k) => (
                  <tr key={k}>
                    <td>{it.name}<div className="text-muted small">{it.sku}</div></td>
                    <td>{it.priceText}<div className="text-muted small">×{it.qty}</div></td>
                    {k === 0 ? <>
                      <td rowSpan={o.items.length}>{o.buyer}<div className="text-muted small">{o.phone}</div></td>
                      <td rowSpan={o.items.length}><strong>{o.totalText}</strong><div className="text-muted small">含运费 {o.shippingText}</div></td>
                      <td rowSpan={o.items.length}><Badge bg={BG[TONE[o.status]]}>{o.statusText}</Badge></td>
                    </> : null}
                  </tr>
                ))}
              </tbody>
            ))}
          </Table>
          {O.footer ? <div className="text-muted">{O.footer}</div> : null}
        </Card.Body>
      </Card>
    </Container>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  mui: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, Box, Typography, Chip, Card, CardContent, Divider, Stack, Tabs, Tab } from '@mui/material';
${PRELUDE}
const CHIP = { warning: 'warning', info: 'info', primary: 'primary', success: 'success', default: 'default' };
function App() {
  useReady(900);
  return (
    <Box sx={{ p: 1 }}>
      <CssBaseline />
      <Typography variant="h6" sx={{ mb: 1 }}>{O.heading}</Typography>
      <Tabs value={0} variant="scrollable"><Tab label="全部" /><Tab label="待付款" /><Tab label="待发货" /><Tab label="已发货" /><Tab label="退款/售后" /></Tabs>
      {P.orders.map((o) => (
        <Card key={o.orderId} variant="outlined" sx={{ my: 1 }}>
          <CardContent sx={{ p: 1.5 }}>
            <Stack direction="row" justifyContent="space-between" alignItems="center">
              <Typography variant="body2">{L.id}{o.orderId}</Typography>
              <Chip size="small" label={o.statusText} color={CHIP[TONE[o.status]]} />
            </Stack>
            <Divider sx={{ my: 1 }} />
            {o.items.map((it, k) => (
              <Stack key={k} direction="row" justifyContent="space-between">
                <Box><Typography variant="body2">{it.name}</Typography><Typography variant="caption" color="text.secondary">{L.sku}{it.sku}</Typography></Box>
                <Box sx={{ textAlign: 'right' }}><Typography variant="body2">{it.priceText}</Typography><Typography variant="caption">×{it.qty}</Typography></Box>
              </Stack>
            ))}
            <Divider sx={{ my: 1 }} />
            <Typography variant="caption" color="text.secondary">{o.dateText} · {o.buyer} {o.phone}</Typography>
            <Stack direction="row" justifyContent="space-between">
              <Typography variant="caption" color="text.secondary">{o.tracking ? L.tracking + o.tracking : ''}</Typography>
              <Typography variant="body2" fontWeight={600}>{L.total}{o.totalText}</Typography>
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  mantine: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import { MantineProvider, Table, Badge, Anchor, Title, Text, Tabs, Checkbox } from '@mantine/core';
${PRELUDE}
const COLOR = { warning: 'yellow', info: 'blue', primary: 'indigo', success: 'green', default: 'gray' };
function App() {
  useReady(700);
  return (
    <MantineProvider>
      <div style={{ padding: 16 }}>
        <Title order={3} mb="md">{O.heading}</Title>
        {O.tabs ? <Tabs defaultValue="0" mb="md"><Tabs.List>{O.tabs.map((t, k) => <Tabs.Tab key={k} value={String(k)}>{t}</Tabs.Tab>)}</Tabs.List></Tabs> : null}
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead><Table.Tr><Table.Th><Checkbox aria-label="すべて選択" /></Table.Th>{COLS.map((c) => <Table.Th key={c.key} ta={c.align}>{c.title}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {P.orders.map((o) => (
              <Table.Tr key={o.orderId}>
                <Table.Td><Checkbox aria-label="選択" /></Table.Td>
                {COLS.map((c) => (
                  <Table.Td key={c.key} ta={c.align}>
                    {c.kind === 'id' ? <Anchor href="#" size="sm">{o.orderId}</Anchor>
                      : c.kind === 'status' ? <Badge color={COLOR[TONE[o.status]]} variant="light">{o.statusText}</Badge>
                      : lines(o, c.kind).map((l, i) => <Text key={i} size={i ? 'xs' : 'sm'} c={i ? 'dimmed' : undefined}>{l}</Text>)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </MantineProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  primereact: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import 'primereact/resources/themes/lara-light-blue/theme.css';
import 'primereact/resources/primereact.min.css';
import { PrimeReactProvider } from 'primereact/api';
import { DataTable } from 'primereact/datatable';
import { Column } from 'primereact/column';
import { Tag } from 'primereact/tag';
${PRELUDE}
const SEV = { warning: 'warning', info: 'info', primary: null, success: 'success', default: 'secondary' };
function App() {
  useReady(1000);
  const body = (c) => (o) => c.kind === 'id' ? <a href="#">{o.orderId}</a>
    : c.kind === 'status' ? <Tag severity={SEV[TONE[o.status]]} value={o.statusText} />
    : <Lines o={o} kind={c.kind} />;
  return (
    <PrimeReactProvider>
      <div style={{ padding: 16 }}>
        <h3>{O.heading}</h3>
        <DataTable value={P.orders} dataKey="orderId" size="small" stripedRows paginator={!!O.paginator} rows={P.orders.length} totalRecords={O.totalRecords} lazy first={0}
          paginatorTemplate="FirstPageLink PrevPageLink PageLinks NextPageLink LastPageLink CurrentPageReport" currentPageReportTemplate="{totalRecords}件中 {first}〜{last}件">
          {COLS.map((c) => <Column key={c.key} header={c.title} body={body(c)} />)}
        </DataTable>
      </div>
    </PrimeReactProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  aggrid: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { AgGridReact } from 'ag-grid-react';
import { ModuleRegistry, AllCommunityModule, themeQuartz } from 'ag-grid-community';
${PRELUDE}
ModuleRegistry.registerModules([AllCommunityModule]);
function App() {
  useReady(1200);
  const columnDefs = COLS.map((c) => ({ headerName: c.title, colId: c.key, width: c.width || 150, type: c.align === 'right' ? 'rightAligned' : undefined,
    valueGetter: (p) => c.kind === 'status' ? p.data.statusText : c.kind === 'id' ? p.data.orderId : lines(p.data, c.kind).join(' '), sortable: false }));
  return (
    <div style={{ padding: 16 }}>
      <h3>{O.heading}</h3>
      <div style={{ height: 560, width: 1400 }}>
        <AgGridReact theme={themeQuartz} columnDefs={columnDefs} rowData={P.orders} getRowId={(p) => p.data.orderId} rowHeight={42}
          rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true }} selectionColumnDef={{ pinned: 'left' }} rowBuffer={4} suppressColumnVirtualisation />
      </div>
    </div>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  semi: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@douyinfe/semi-ui/dist/css/semi.min.css';
import koKR from '@douyinfe/semi-ui/lib/es/locale/source/ko_KR';
import zhTW from '@douyinfe/semi-ui/lib/es/locale/source/zh_TW';
import { LocaleProvider, Table, Tag, Typography } from '@douyinfe/semi-ui';
${PRELUDE}
const COLOR = { warning: 'orange', info: 'blue', primary: 'indigo', success: 'green', default: 'grey' };
function App() {
  useReady(900);
  const columns = COLS.map((c) => ({ title: c.title, key: c.key, align: c.align,
    render: (_, o) => c.kind === 'id' ? <Typography.Text link copyable={{ content: o.orderId }}>{o.orderId}</Typography.Text>
      : c.kind === 'status' ? <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag>
      : <Lines o={o} kind={c.kind} /> }));
  return (
    <LocaleProvider locale={P.language.startsWith('ko') ? koKR : zhTW}>
      <div style={{ padding: 16 }}>
        <Typography.Title heading={4}>{O.heading}</Typography.Title>
        <Table rowKey="orderId" columns={columns} dataSource={P.orders} pagination={false} bordered rowSelection={{}} />
      </div>
    </LocaleProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  chakra: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { ChakraProvider, defaultSystem, Table, Badge, Box, Heading, Text } from '@chakra-ui/react';
${PRELUDE}
const PALETTE = { warning: 'yellow', info: 'blue', primary: 'purple', success: 'green', default: 'gray' };
function App() {
  useReady(600);
  return (
    <ChakraProvider value={defaultSystem}>
      <Box p="4">
        <Heading size="lg" mb="4">{O.heading}</Heading>
        <Table.Root size="sm" striped interactive>
          <Table.Header>
            <Table.Row>{COLS.map((c) => <Table.ColumnHeader key={c.key}>{c.title}</Table.ColumnHeader>)}</Table.Row>
          </Table.Header>
          <Table.Body>
            {P.orders.map((o) => (
              <Table.Row key={o.orderId}>
                {COLS.map((c) => <Table.Cell key={c.key}>{c.kind === 'id' ? <a href="#">{o.orderId}</a> : c.kind === 'status' ? <Badge colorPalette={PALETTE[TONE[o.status]]}>{o.statusText}</Badge> : lines(o, c.kind).map((l, i) => <div key={i}>{l}</div>)}</Table.Cell>)}
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
        {O.footer ? <Text mt="3" color="gray.600">{O.footer}</Text> : null}
      </Box>
    </ChakraProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
};
const VERSION_OF = { antd: 'antd', mui: '@mui/material', semi: '@douyinfe/semi-ui', mantine: '@mantine/core', primereact: 'primereact', bootstrap: 'react-bootstrap', aggrid: 'ag-grid-community', chakra: '@chakra-ui/react' };

// ---------- the renderer: heldout-render.mjs, with this set's pages ----------
const SET = { name: 'heldout7', pages: HELDOUT7_PAGES, modules: MODULES, versionOf: VERSION_OF, ordersOf: heldout7Orders, decoysOf: decoys7Of };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await renderSet(SET, process.argv[2] || '');
