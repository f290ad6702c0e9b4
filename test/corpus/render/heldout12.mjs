// The TWELFTH blind held-out set: order lists of consoles no earlier set drew on, in their own words, id
// shapes, dates and money, to measure again what the tenth set measured (56 of 100 at first score): how much
// of a never-seen console the reader by meaning reads.
// - Amazon Seller Central JAPAN, 注文管理 (ja-JP): "注文日" as "3時間前" over "2026/12/07 7:03 JST" (hour
//   unpadded), "注文の詳細" of labelled lines with full-width colons (注文番号：249-1234567-1234567 as a link,
//   購入者名：, 販売チャネル：Amazon.co.jp, 出荷方法：出品者), ASIN / SKU / 数量 / 商品の小計 "￥2,480" (yen, no
//   decimals), states 未出荷 (with 出荷期限 under it) / 出荷済み / キャンセル済み, tracking numbers;
// - Amazon Seller Central GERMANY, Bestellungen verwalten (de-DE): "vor 3 Stunden" over "07.12.2026 14:03
//   MEZ", Bestellnummer: 302-…, Name des Käufers:, Vertriebskanal:, Versandmethode:, "Zwischensumme Artikel:
//   24,99 €", states Nicht versendet (with "Versand bis: 09.12.2026") / Versendet / Storniert, DHL numbers;
// - Wildberries, сборочные задания FBS (ru-RU): the task's number (№ задания) beside its sticker
//   ("1234567 8901"), a 13-digit barcode, the WB article (nmId), the supply "WB-GI-12345678", the price
//   "1 290 ₽" (whole roubles), "07.12.2026 14:03", states На сборке / В доставке / Отменено продавцом, tab
//   counts;
// - Kaspi.kz, Магазин на Kaspi.kz → Заказы (ru-KZ): "№ заказа" of 10 digits, the buyer with a "+7 7…"
//   phone, 9-digit product codes, "Сумма" "12 345 ₸" (tenge, whole), a 10-digit waybill (Накладная №) of the
//   order number's own shape, states Принят / Завершён / Отменён / Возвращён, a "Итого" row;
// - Faire brand portal, Orders (en-US, wholesale): "#CV78JYQU29" order ids (10 capitals and digits), the
//   retailer, "Dec 7, 2026, 2:03 PM", a "Ship by" date, units, states Unfulfilled / Fulfilled / Canceled,
//   the order's wholesale Total beside the brand's Payout (after commission, an amount that is not the total);
// - Shopee Taiwan seller centre, 我的銷售 (zh-TW, traditional characters): a column-header row over one card
//   per order, the buyer's name and 聊聊 first, "訂單編號 261207K3QW9XJ2" (yymmdd + 8) on the right,
//   "訂單成立時間 2026/12/07 14:03", item lines with 規格 and "NT$390 x2", the order amount "NT$1,234" (whole
//   dollars) with the payment method, states 待出貨 (with "請於 2026/12/09 前出貨") / 運送中 / 已完成 /
//   已取消, 蝦皮店到店 and tracking numbers;
// - Yahoo!ショッピング ストアクリエイターPro 注文管理 (ja-JP): 注文ID "hanako-zakka-10004821" (the store's
//   account, a dash and a serial), 注文日時 "2026/12/07 14:03:22", 注文者氏名, 合計金額 "2,480円", お支払い
//   方法, 注文ステータス 処理中 / 完了 / キャンセル beside a second state column 出荷ステータス (出荷待ち /
//   出荷済み), 配送伝票番号, a phone, counts over the list.
// Truth: the order's own number, what the buyer pays for it (Amazon's item subtotal of a one-item order; the
// wholesale total on Faire, never the payout; the WB task's price), the time placed, the ORDER's state
// (on Yahoo the 注文ステータス, not the 出荷ステータス).
// Decoys: ASINs, SKUs, WB stickers, barcodes, nmIds and supplies, Kaspi product codes and waybills, phones,
// tracking numbers, Faire payouts and ship-by dates, ship deadlines, item prices, tab counts, totals rows.
// Written down on 2026-12-07 BEFORE the reader's dictionaries and rules (lib/extract/keys.ts,
// keys-world.ts, meaning.ts, sniff.ts, lib/normalize/status.ts, money.ts, datetime.ts) were read. Each
// order is the truth its cells are printed from; the reader's output never feeds back here. Left out as
// words a seller reads two ways: Amazon's 保留中 / Ausstehend (payment not yet verified, or held), WB's
// Новое and its order uid (rid), Kaspi's Одобрен (approved by the bank, not yet taken by the shop), Ожидает
// отмены and Выдан (handed over: delivered, or the sale complete), Faire's New (not yet reviewed), Yahoo's
// 新規注文 and 保留, Shopee's 不成立.
//
// This one file is the whole set: the orders, the pages (React component libraries pinned in
// ./react/package.json, bundled from the sources below with esbuild) and the renderer's call
// (heldout-render.mjs renderSet), which writes test/fixtures/corpus/react-*-heldout12-*.{html,json} (or
// test/corpus/pending/ for a page marked pending; `firstScore` keeps a page's score before any fix).
// First score, before any reader file was changed or read (node test/corpus/render/heldout12.mjs, then npm run
// corpus -- --verbose, 2026-12-07 22:41 UTC): 18 of 99 orders read exactly, 1 false order (Amazon JP 1/14, Amazon
// DE 10/14, Wildberries 7/15, Kaspi 0/14 with 1 false, Faire 0/14, Shopee TW 0/14, Yahoo 0/14). Each page's
// `firstScore` says what it missed.
// Since 9934c64 (lib/normalize/status.ts, money.ts, datetime.ts, lib/extract/sniff.ts, keys-world.ts): 71 of 99
// (2026-12-07 22:55 UTC). Amazon JP 14/14, Amazon DE 14/14, Wildberries 15/15 and Yahoo 14/14 join the corpus; Kaspi
// read 14 of 14 with 1 false order, Faire 0 of 14 and Shopee Taiwan 0 of 14, each waiting in test/corpus/pending on
// a change in a reader file this set's author does not own (each page's `pending` said which).
// Since f7d9569 (lib/extract/meaning.ts: labels in traditional characters, Итого as a total line): 85 of 99, 0 false
// orders (2026-12-07 23:30 UTC); Kaspi and Shopee Taiwan join the corpus; Faire waits on lib/extract/order.ts.
// Since the leading count of a quantity cell is read (lib/normalize/quantity.ts, 2026-12-08 00:15 UTC): 99 of 99, 0 false orders.
// Beyond the set (2026-12-07 23:00-23:50 UTC), the same kinds of misses were looked for the way a never-seen console
// would show them, and fixed by general rules: Intl's currency formats of 69 locales, read with the console's
// currency given (31c512b: 170 of 414 amounts unread or not known for amounts at 9934c64, then 20, all in Bengali or
// Devanagari digits, Persian, or South Africa's bare R), Intl's date formats of 69 locales in 5 styles (f032f11: 144 of
// 345 at 9934c64, then 28), shop admins' state and header words in 12 more languages (24bbdc4,
// 28d3e2f, fd1c524, 5ab1261, 6321c10). Probes of the Kaspi page with its headers and states put into other languages
// read, after them: Czech 10 of 14 (the four misses are the probe's own: Vráceno, WooCommerce's word for a refund,
// put for a return; fd1c524's message says 12 by mistake), Greek, Romanian, Italian, Ukrainian, Hebrew and Finnish
// 14 of 14, no false order.
// Run: node test/corpus/render/heldout12.mjs [name-filter]   (needs /usr/bin/chromium)
//
// Sources (search tool, seen 2026-12-07; `pages` by URL, `code` by find_string file id):
// - Amazon JP: sellercentral.amazon.co.jp/gp/help/external/G200200040 (注文の流れ: 保留中, then 未出荷 /
//   保留中 / キャンセル済み in 注文管理); expertise.jp/blogDetail?wgd=blog-8 (the 注文 → 注文管理 page, 出品者
//   出荷); 出荷済み as a shipped state (find_string ids 871458295, 52707665965); manual.sokuhan.jp …/amazon/
//   shipping-data (出荷日, 配送業者, お問い合わせ伝票番号). The 3-7-7 order id as the earlier sets' Amazon pages
//   (amazon.ca …nodeId=200350680); the 249/250/503 prefixes, the labels' full-width colons and "N時間前"
//   are assumed.
// - Amazon DE: sellercentral.amazon.de …itemID=200200040 (Ausstehend, then Nicht versendet / Ausstehend /
//   storniert in Bestellungen verwalten), …itemID=200141600 (Bestellnummer, Produktname, bestellte
//   Stückzahl, ASIN, SKU, Vertriebskanal, Versandmethode; nicht versendete, ausstehende, versendete und
//   stornierte Bestellungen), …itemID=200198080 (Bestellung stornieren in the Aktion column);
//   jajuma.de …/cancel-unshipped-order.html (Status Unversandt, Storniert). 302-/303-/304-/028- prefixes,
//   "MEZ" and the euro after the amount (de-DE) are assumed.
// - Wildberries FBS: supplierStatus new / confirm (на сборке) / complete (в доставке) / cancel (отменено
//   продавцом) (find_string ids 56749173721, 59694140762, 69696717539 the API's own page, 70884227268);
//   supplies "WB-GI-1234567" (ids 22237902635, 61963266695, 59728419680 WB-GI-266096235); сборочные
//   задания as the list (search `code`: Ilyosxon2721/sellermind docs/TZ_FBS_ORDERS_COMPLETE_IMPLEMENTATION.md).
//   Sticker "partA partB", barcodes and nmIds as the API's fields; the 10-digit task number is assumed.
// - Kaspi: the order code "1008415719", state KASPI_DELIVERY, status ACCEPTED_BY_MERCHANT, totalPrice in KZT
//   (find_string id 55747299224); the cabinet's words Одобрен / Принят / Завершён / Отменён / Ожидает отмены /
//   Ожидает возврата / Возвращён (id 8771201894) and «Выдан» once the buyer has the goods
//   (guide.kaspi.kz/partner/ru/shop/orders/q1341); a delivery waybill per order (search `code`, KaspiDelivery
//   waybill). The ₸ after the amount with a space every three digits is assumed (ru-KZ).
// - Faire: statuses New / Unfulfilled / Fulfilled / Canceled on the Orders page, a scheduled ship date, payouts
//   (www.faire.com/support/articles/360019493092, …/360006685351); order ids of 10 upper-case letters and digits
//   shown as "#CV78JYQU29" (find_string id 54542598283), brand-portal/orders/<id> links (id 44282808009). The
//   time beside the date is assumed.
// - Shopee (TW): the tabs All / Unpaid / To Ship / Shipping / Completed / Cancellation / Return/Refund, search
//   by 訂單編號, amounts and logistics per order (global.lianlianpay.com/article_platform_shopee/40-75348.html);
//   待出貨 / 運送中 / 已完成 as an order list's tabs in traditional characters (find_string ids 26682335976,
//   35591105766); order_sn yymmdd + 8 as the third set. 訂單成立時間, 蝦皮店到店 and NT$ are assumed.
// - Yahoo!ショッピング: 注文ID, 注文日時, 注文者氏名, お支払い方法, 注文ステータス and ストアステータス as the
//   search fields, 保留 as a state (test-store-info.yahoo.co.jp/orderdata/c/114.html); 完了 after the
//   slip number is entered (pc-pier.com/blog/2022/06/02/yahoo-storecreator-pro_kanri); キャンセル as a state
//   (manual.next-engine.net …/juchu_yahoo/12910); 新規受付 → 処理中 → 完了 as the flow. The "<store>-<serial>"
//   注文ID and 出荷ステータス words are assumed.
import { fileURLToPath } from 'node:url';
import { renderSet } from './heldout-render.mjs';
import { rng, num, digits, alnum, oneOf, two, clock, grp, units } from './seeded.mjs';

// ---------- local wall time ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A time as each console prints it. */
export function formatDate12(ms, style, timeZone, nowMs) {
  const t = clock(ms, timeZone);
  switch (style) {
    case 'amazonJp': return `${t.y}/${two(t.mo)}/${two(t.d)} ${t.h}:${two(t.mi)} JST`; // 2026/12/07 7:03 JST
    case 'amazonDe': return `${two(t.d)}.${two(t.mo)}.${t.y} ${two(t.h)}:${two(t.mi)} MEZ`;
    case 'ru': return `${two(t.d)}.${two(t.mo)}.${t.y} ${two(t.h)}:${two(t.mi)}`;
    case 'us': { const h = t.h % 12 || 12; return `${MON[t.mo - 1]} ${t.d}, ${t.y}, ${h}:${two(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`; }
    case 'tw': return `${t.y}/${two(t.mo)}/${two(t.d)} ${two(t.h)}:${two(t.mi)}`;
    case 'yahoo': return `${t.y}/${two(t.mo)}/${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`;
    case 'agoJa': case 'agoDe': {
      const m = Math.round((nowMs - ms) / 60_000);
      const ja = style === 'agoJa';
      if (m < 60) return ja ? `${m}分前` : `vor ${m} Minuten`;
      if (m < 1440) { const h = Math.floor(m / 60); return ja ? `${h}時間前` : `vor ${h} Stunde${h === 1 ? '' : 'n'}`; }
      const d = Math.floor(m / 1440);
      return ja ? `${d}日前` : `vor ${d} Tag${d === 1 ? '' : 'en'}`;
    }
    default: throw new Error('date style ' + style);
  }
}
/** A deadline (a day, never the order's time) as each console prints it. */
function formatDeadline12(ms, style, timeZone) {
  const t = clock(ms, timeZone);
  switch (style) {
    case 'amazonJp': return `出荷期限：${t.y}/${two(t.mo)}/${two(t.d)}`;
    case 'amazonDe': return `Versand bis: ${two(t.d)}.${two(t.mo)}.${t.y}`;
    case 'faire': return `${MON[t.mo - 1]} ${t.d}, ${t.y}`;
    case 'shopeeTw': return `請於 ${t.y}/${two(t.mo)}/${two(t.d)} 前出貨`;
    default: throw new Error('deadline style ' + style);
  }
}

/** Money as each console prints it. */
export function formatMoney12(v, style) {
  const { int, c } = units(v);
  switch (style) {
    case 'jpy': return `￥${grp(int)}`;
    case 'eur': return `${grp(int, '.')},${c} €`;
    case 'rub': return `${grp(int, '\u00a0')}\u00a0₽`;
    case 'kzt': return `${grp(int, ' ')} ₸`;
    case 'usd': return `$${grp(int)}.${c}`;
    case 'twd': return `NT$${grp(int)}`;
    case 'yen': return `${grp(int)}円`;
    default: throw new Error('money style ' + style);
  }
}
const CURRENCY12 = { jpy: 'JPY', eur: 'EUR', rub: 'RUB', kzt: 'KZT', usd: 'USD', twd: 'TWD', yen: 'JPY' };
/** Whole-unit currencies are priced in whole units. */
const WHOLE = new Set(['jpy', 'rub', 'kzt', 'twd', 'yen']);

// ---------- status words, each with the state a seller reads from it ----------
export const STATUSES12 = {
  amazonJp: [['未出荷', 'awaiting_shipment'], ['出荷済み', 'shipped'], ['キャンセル済み', 'cancelled']],
  amazonDe: [['Nicht versendet', 'awaiting_shipment'], ['Versendet', 'shipped'], ['Storniert', 'cancelled']],
  wb: [['На сборке', 'awaiting_shipment'], ['В доставке', 'shipped'], ['Отменено продавцом', 'cancelled']],
  kaspi: [['Принят', 'awaiting_shipment'], ['Завершён', 'completed'], ['Отменён', 'cancelled'], ['Возвращён', 'returned']],
  faire: [['Unfulfilled', 'awaiting_shipment'], ['Fulfilled', 'shipped'], ['Canceled', 'cancelled']],
  shopeeTw: [['待出貨', 'awaiting_shipment'], ['運送中', 'shipped'], ['已完成', 'completed'], ['已取消', 'cancelled']],
  yahoo: [['処理中', 'awaiting_shipment'], ['完了', 'completed'], ['キャンセル', 'cancelled']],
};
const SHIPPED = new Set(['shipped', 'delivered', 'completed', 'returned']);
const TO_SHIP = new Set(['awaiting_shipment']);

const IDS = {
  amazonJp: (r) => `${oneOf(r, ['249', '250', '503'])}-${digits(r, 7)}-${digits(r, 7)}`,
  amazonDe: (r) => `${oneOf(r, ['302', '303', '304', '028'])}-${digits(r, 7)}-${digits(r, 7)}`,
  wb: (r) => '3' + digits(r, 9),
  kaspi: (r) => '10' + digits(r, 8),
  faire: (r) => '#' + alnum(r, 10),
  shopeeTw: (r, t) => `${String(t.y).slice(2)}${two(t.mo)}${two(t.d)}${alnum(r, 8)}`,
  yahoo: (r, t, i) => `hanako-zakka-${10004821 - i * 2 - Math.floor(r() * 2)}`,
};
/** Per-item codes beside each order: ASINs, SKUs, barcodes, product codes. */
const CODES = {
  amazonJp: (r) => ({ code: alnum(r, 4) + '-' + alnum(r, 4), goodsId: 'B0' + alnum(r, 8) }),
  amazonDe: (r) => ({ code: alnum(r, 4) + '-' + alnum(r, 4), goodsId: 'B0' + alnum(r, 8) }),
  wb: (r) => ({ code: oneOf(r, ['hoodie-black', 'mug-380', 'socks-5p', 'scarf-grey']) + '-' + alnum(r, 2).toLowerCase(), goodsId: num(r, 9), barcode: '20' + digits(r, 11) }),
  kaspi: (r) => ({ code: null, goodsId: num(r, 9) }),
  faire: (r) => ({ code: oneOf(r, ['MM', 'LT', 'CB']) + '-' + alnum(r, 5), goodsId: null }),
  shopeeTw: () => ({ code: null, goodsId: null }),
  yahoo: (r) => ({ code: 'zk-' + alnum(r, 6).toLowerCase(), goodsId: null }),
};
const PARCELS = {
  amazonJp: (r) => 'ヤマト運輸 ' + num(r, 12),
  amazonDe: (r) => 'DHL 00340434' + digits(r, 12),
  wb: () => null,
  kaspi: () => null,
  faire: (r) => 'UPS 1Z' + alnum(r, 16),
  shopeeTw: (r) => '蝦皮店到店 TW' + num(r, 12),
  yahoo: (r) => '佐川急便 ' + num(r, 12),
};
const PHONES = {
  kz: (r) => `+7 7${oneOf(r, ['01', '05', '07', '47', '77'])} ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
  jp: (r) => `090-${digits(r, 4)}-${digits(r, 4)}`,
  none: () => null,
};
const GOODS = {
  ja: ['ステンレス水筒 500ml', '今治タオル フェイスタオル 2枚組', '北欧風 マグカップ', 'ワイヤレスイヤホン 防水', '竹製 まな板 中', '手帳カバー A6 レザー'],
  de: ['Edelstahl Trinkflasche 750 ml', 'Bambus Schneidebrett 3er Set', 'USB-C Ladekabel 2 m', 'Yogamatte rutschfest', 'Keramik Blumentopf 14 cm'],
  ru: ['Худи оверсайз чёрное XL', 'Кружка керамическая 380 мл', 'Носки хлопковые 5 пар', 'Шарф вязаный серый'],
  kz: ['Смартфон Samsung Galaxy A25 128 ГБ', 'Наушники JBL Tune 520BT', 'Чайник электрический Polaris 1,7 л', 'Фен Dyson Supersonic HD07', 'Пылесос Xiaomi G10'],
  en: ['Beeswax candle trio (case of 6)', 'Linen tea towel set (case of 4)', 'Ceramic bud vase (case of 6)', 'Letterpress greeting cards (pack of 12)', 'Hand-poured soy candle (case of 4)'],
  tw: ['純棉短袖T恤 白色', '保溫杯 500ml', '手工香皂 三入組', '無線藍牙耳機', '帆布托特包'],
  jaY: ['手ぬぐい 桜柄', '有田焼 小皿 5枚セット', '信楽焼 花器', '和紙 ブックカバー', '南部鉄器 鍋敷き'],
};
const PEOPLE = {
  ja: ['山田 花子', '佐藤 健', '鈴木 美咲', '高橋 翔', '田中 由美'],
  de: ['Anna Schmidt', 'Lukas Müller', 'Sophie Weber', 'Jonas Becker', 'Marie Fischer'],
  ru: ['—'],
  kz: ['Айгерим Н.', 'Ержан С.', 'Дана К.', 'Тимур А.', 'Алия Б.'],
  en: ['Maple & Moss Gifts', 'The Paper Nook', 'Juniper General Store', 'Harbor Home Goods', 'Little Fern Boutique'],
  tw: ['wang***8', 'c***lin', 'amy***tw', 'h***o', 'lulu***3'],
};
const CONSOLE = {
  amazonJp: { goods: 'ja', people: 'ja', phone: 'none', price: [800, 12000], ship: [0] },
  amazonDe: { goods: 'de', people: 'de', phone: 'none', price: [6, 80], ship: [0] },
  wb: { goods: 'ru', people: 'ru', phone: 'none', price: [390, 4990], ship: [0] },
  kaspi: { goods: 'kz', people: 'kz', phone: 'kz', price: [4900, 189000], ship: [0] },
  faire: { goods: 'en', people: 'en', phone: 'none', price: [36, 240], ship: [0] },
  shopeeTw: { goods: 'tw', people: 'tw', phone: 'none', price: [120, 1800], ship: [0, 60] },
  yahoo: { goods: 'jaY', people: 'ja', phone: 'jp', price: [880, 9800], ship: [0, 660] },
};

/** Orders of one page: each record's truth beside the texts printed from it, and its decoys. */
export function heldout12Orders({ console: con, count, dateStyle, money, seed, timeZone, now, items = [1, 2], gapMin = [30, 400], deadline }) {
  const r = rng(seed);
  const C = CONSOLE[con];
  const nowMs = Date.parse(now);
  const whole = WHOLE.has(money);
  const out = [];
  let t = nowMs - 6 * 60_000;
  for (let i = 0; i < count; i++) {
    t -= Math.floor((gapMin[0] + r() * (gapMin[1] - gapMin[0])) * 60_000 + r() * 59_000);
    const placedMs = t;
    const lt = clock(placedMs, timeZone);
    const orderId = IDS[con](r, lt, i);
    const [statusText, status] = oneOf(r, STATUSES12[con]);
    const n = items[0] + Math.floor(r() * (items[1] - items[0] + 1));
    const [lo, hi] = C.price;
    const its = Array.from({ length: n }, () => {
      const qty = con === 'faire' ? 1 + Math.floor(r() * 3) : 1 + Math.floor(r() * 2 * r());
      const raw = lo + r() * (hi - lo);
      const price = whole ? (hi > 10000 ? Math.round(raw / 10) * 10 : Math.round(raw)) : Math.round(raw * 100) / 100;
      return { name: oneOf(r, GOODS[C.goods]), ...CODES[con](r), qty, price, priceText: formatMoney12(price, money) };
    });
    const goodsTotal = Math.round(its.reduce((s, it) => s + it.price * it.qty, 0) * 100) / 100;
    const shipping = oneOf(r, C.ship);
    const total = Math.round((goodsTotal + shipping) * 100) / 100;
    const dueMs = placedMs + (con === 'faire' ? 7 : 2) * 86_400_000;
    out.push({
      orderId, placedMs, status, statusText, total, currency: CURRENCY12[money],
      totalText: formatMoney12(total, money), goodsTotalText: formatMoney12(goodsTotal, money), shippingText: formatMoney12(shipping, money),
      payoutText: formatMoney12(Math.round(total * 0.85 * 100) / 100, money),
      dateText: formatDate12(placedMs, dateStyle, timeZone, nowMs),
      agoText: con === 'amazonJp' ? formatDate12(placedMs, 'agoJa', timeZone, nowMs) : con === 'amazonDe' ? formatDate12(placedMs, 'agoDe', timeZone, nowMs) : null,
      dueText: deadline && (TO_SHIP.has(status) || con === 'faire') ? formatDeadline12(dueMs, deadline, timeZone) : null,
      buyer: oneOf(r, PEOPLE[C.people]), phone: PHONES[C.phone](r), items: its,
      tracking: SHIPPED.has(status) ? PARCELS[con](r) : null,
      sticker: con === 'wb' ? `${num(r, 7)} ${digits(r, 4)}` : null,
      supply: con === 'wb' && status !== 'cancelled' ? 'WB-GI-' + num(r, 8) : null,
      waybill: con === 'kaspi' && status !== 'cancelled' ? '6' + digits(r, 9) : null,
      delivery: con === 'kaspi' ? oneOf(r, ['Kaspi Доставка', 'Kaspi Postomat', 'Самовывоз']) : null,
      pay: con === 'yahoo' ? oneOf(r, ['クレジットカード決済', 'PayPay残高等', '商品代引']) : con === 'shopeeTw' ? oneOf(r, ['信用卡', '貨到付款', '蝦皮錢包']) : null,
    });
  }
  return out;
}

/** Text on the page that is not an order number and must never be read as one. */
export function decoys12Of(o) {
  return [o.tracking && o.tracking.split(' ').pop(), o.phone, o.sticker, o.supply, o.waybill,
    ...o.items.flatMap((it) => [it.code, it.goodsId, it.barcode])].filter(Boolean);
}

// ---------- the pages ----------
export const HELDOUT12_PAGES = [
  { name: 'react-mui-heldout12-amazon-jp', firstScore: 'first score 1 of 14 (未出荷 and 出荷済み read as no state)', joined: 'read 14 of 14 since lib/normalize/status.ts knows 未出荷, 出荷済み and キャンセル済み and lib/extract/keys-world.ts 注文ステータス', lib: 'mui', config: 'amazon', language: 'ja-JP', timeZone: 'Asia/Tokyo', now: '2026-12-08T07:20', title: '注文管理 - Amazon セラーセントラル',
    configuration: 'twelfth held-out set (Amazon Seller Central Japan 注文管理, Japanese): MUI table, 注文日 "3時間前" over "2026/12/07 7:03 JST", 注文の詳細 of labelled lines with full-width colons (注文番号：249-1234567-1234567 as a link, 購入者名：, 販売チャネル：Amazon.co.jp, 出荷方法：出品者), 商品名 with ASIN, SKU, 数量 and 商品の小計 "￥2,480", states 未出荷 (with 出荷期限) / 出荷済み / キャンセル済み, tracking numbers, tabs with counts',
    seed: 12101, gen: { console: 'amazonJp', count: 14, dateStyle: 'amazonJp', money: 'jpy', deadline: 'amazonJp', items: [1, 1] },
    options: { heading: '注文管理', tabs: ['保留中 (2)', '未出荷 (9)', 'キャンセル依頼', '出荷済み', 'キャンセル済み'],
      head: ['注文日', '注文の詳細', '商品名', '配送サービス', '注文ステータス', '操作'],
      w: { id: '注文番号：', buyer: '購入者名：', channel: '販売チャネル：', channelV: 'Amazon.co.jp', method: '出荷方法：', methodV: '出品者', asin: 'ASIN：', sku: 'SKU：', qty: '数量：', sub: '商品の小計：', track: '追跡番号：', service: '通常配送', buy: '配送ラベルを購入', slip: '納品書を印刷' } } },
  { name: 'react-antd-heldout12-amazon-de', firstScore: 'first score 10 of 14 (Nicht versendet read as shipped)', joined: 'read 14 of 14 since lib/normalize/status.ts reads Nicht versendet as not shipped (a German or Dutch "not" before a state, as Russian and Polish ones)', lib: 'antd', config: 'amazon', language: 'de-DE', timeZone: 'Europe/Berlin', now: '2026-12-07T23:10', title: 'Bestellungen verwalten - Amazon Seller Central',
    configuration: 'twelfth held-out set (Amazon Seller Central Germany, Bestellungen verwalten, German): antd Table, Bestelldatum "vor 3 Stunden" over "07.12.2026 14:03 MEZ", Bestelldetails (Bestellnummer: 302-… as a link, Name des Käufers:, Vertriebskanal: Amazon.de, Versandmethode: Verkäufer), Produktname with ASIN, SKU, Menge and "Zwischensumme Artikel: 24,99 €", states Nicht versendet (with "Versand bis: 09.12.2026") / Versendet / Storniert, DHL numbers, a pagination',
    seed: 12102, gen: { console: 'amazonDe', count: 14, dateStyle: 'amazonDe', money: 'eur', deadline: 'amazonDe', items: [1, 1] },
    options: { heading: 'Bestellungen verwalten', tabs: ['Ausstehend (1)', 'Nicht versendet (7)', 'Stornierung angefordert', 'Versendet', 'Storniert'],
      head: ['Bestelldatum', 'Bestelldetails', 'Produktname', 'Kundenoption', 'Bestellstatus', 'Aktion'],
      w: { id: 'Bestellnummer:', buyer: 'Name des Käufers:', channel: 'Vertriebskanal:', channelV: 'Amazon.de', method: 'Versandmethode:', methodV: 'Verkäufer', asin: 'ASIN:', sku: 'SKU:', qty: 'Menge:', sub: 'Zwischensumme Artikel:', track: 'Sendungsnummer:', service: 'Standard', buy: 'Versand bestätigen', slip: 'Packzettel drucken' } } },
  { name: 'react-semi-heldout12-wildberries-fbs', firstScore: 'first score 7 of 15 (На сборке and В доставке read as no state)', joined: 'read 15 of 15 since lib/normalize/status.ts knows На сборке and В доставке', lib: 'semi', config: 'wb', language: 'ru-RU', timeZone: 'Europe/Moscow', now: '2026-12-08T01:30', title: 'Сборочные задания — Wildberries Партнёры',
    configuration: 'twelfth held-out set (Wildberries Партнёры, сборочные задания FBS, Russian): Semi Design table, № задания (10 digits) beside its sticker "1234567 8901", Дата создания "07.12.2026 14:03", the goods with артикул продавца, артикул WB (9 digits) and a 13-digit barcode, Цена "1 290 ₽", Статус На сборке / В доставке / Отменено продавцом, Поставка "WB-GI-12345678", Склад, tabs with counts',
    seed: 12103, gen: { console: 'wb', count: 15, dateStyle: 'ru', money: 'rub', items: [1, 1], gapMin: [20, 240] },
    options: { heading: 'Сборочные задания', tabs: ['Новые (12)', 'На сборке (8)', 'В доставке', 'Архив'] } },
  { name: 'react-mantine-heldout12-kaspi-orders', firstScore: 'first score 0 of 14 with 1 false order (every order skipped: no paid amount found in "12 345 ₸"; the Итого row\'s 14 read as an order)', joined: 'read 14 of 14 with no false order since 9934c64 (the tenge) and f7d9569 (lib/extract/meaning.ts knows the Итого row for a total line)', lib: 'mantine', config: 'kaspi', language: 'ru-KZ', timeZone: 'Asia/Almaty', now: '2026-12-08T04:15', title: 'Заказы — Магазин на Kaspi.kz',
    configuration: 'twelfth held-out set (Магазин на Kaspi.kz, Заказы, Russian): Mantine table, № заказа (10 digits), Дата "07.12.2026 14:03", Покупатель with "+7 707 123 45 67", Товар with a 9-digit Код товара, Сумма "12 345 ₸", Доставка, Статус Принят / Завершён / Отменён / Возвращён, Накладная № (10 digits, the order number\'s shape), an Итого row',
    seed: 12104, gen: { console: 'kaspi', count: 14, dateStyle: 'ru', money: 'kzt', items: [1, 2], gapMin: [25, 300] },
    options: { heading: 'Заказы', tabs: ['Новые (3)', 'Упаковка (6)', 'Передача', 'Доставка', 'Архив'] } },
  { name: 'react-polaris-heldout12-faire-orders', firstScore: 'first score 0 of 14 (every order skipped: the Units cell "48 units" with its SKUs is not a quantity)', joined: 'read 14 of 14 since lib/extract/order.ts takes the count a quantity cell starts with ("48 units" over the items\' SKUs, lib/normalize/quantity.ts parseLeadingQuantity) when the cell read whole is no quantity', lib: 'polaris', config: 'faire', language: 'en-US', timeZone: 'America/New_York', now: '2026-12-07T17:40', title: 'Orders | Faire',
    configuration: 'twelfth held-out set (Faire brand portal Orders, US English, wholesale): Polaris IndexTable, Order "#CV78JYQU29", Retailer, Placed "Dec 7, 2026, 2:03 PM", Ship by "Dec 14, 2026", Units, Status Unfulfilled / Fulfilled / Canceled, Total "$1,234.56" then Payout (85% of it), UPS tracking, SKUs',
    seed: 12105, gen: { console: 'faire', count: 14, dateStyle: 'us', money: 'usd', deadline: 'faire', items: [1, 3], gapMin: [60, 900] },
    options: { heading: 'Orders' } },
  { name: 'react-arco-heldout12-shopee-tw-cards', firstScore: 'first score 0 of 14 (no order list found)', joined: 'read 14 of 14 since 9934c64 (the time after 訂單成立時間) and f7d9569 (lib/extract/meaning.ts reads 訂單編號, a label in traditional characters)', lib: 'arco', config: 'shopee', language: 'zh-TW', timeZone: 'Asia/Taipei', now: '2026-12-07T22:50', title: '我的銷售 - 蝦皮賣家中心',
    configuration: 'twelfth held-out set (Shopee Taiwan seller centre 我的銷售, traditional Chinese): Arco Design, a column-header row (商品 | 訂單金額 | 狀態 | 物流 | 操作) over one card per order, the buyer\'s name and 聊聊 first, "訂單編號 261207K3QW9XJ2" on the right, "訂單成立時間 2026/12/07 14:03", item lines with 規格 and "NT$390 x2", 訂單金額 "NT$1,234" with the payment method, states 待出貨 (with "請於 2026/12/09 前出貨") / 運送中 / 已完成 / 已取消, 蝦皮店到店 tracking',
    seed: 12106, gen: { console: 'shopeeTw', count: 14, dateStyle: 'tw', money: 'twd', deadline: 'shopeeTw', items: [1, 2] },
    options: { heading: '我的銷售', tabs: ['全部', '尚未付款', '待出貨 (9)', '運送中', '已完成', '不成立', '退貨/退款'] } },
  { name: 'react-bootstrap-heldout12-yahoo-shopping', firstScore: 'first score 0 of 14 (no order list found)', joined: 'read 14 of 14 since lib/extract/sniff.ts takes a store account, a dash and a serial for an order number and lib/normalize/status.ts knows 処理中 and a bare 完了', lib: 'bootstrap', config: 'yahoo', language: 'ja-JP', timeZone: 'Asia/Tokyo', now: '2026-12-08T08:05', title: '注文管理 - ストアクリエイターPro',
    configuration: 'twelfth held-out set (Yahoo!ショッピング ストアクリエイターPro 注文管理, Japanese): a Bootstrap table, 注文ID "hanako-zakka-10004821", 注文日時 "2026/12/07 14:03:22", 注文者氏名 with a phone, 合計金額 "2,480円", お支払い方法, 注文ステータス 処理中 / 完了 / キャンセル beside 出荷ステータス 出荷待ち / 出荷済み, 配送伝票番号, counts over the list',
    seed: 12107, gen: { console: 'yahoo', count: 14, dateStyle: 'yahoo', money: 'yen', items: [1, 2], gapMin: [30, 360] },
    options: { heading: '注文管理', counts: ['新規注文 3件', '新規予約 0件', '処理中 5件', '保留 1件'] } },
];

// ---------- page modules (bundled by esbuild from these sources; resolved in ./react) ----------
const PRELUDE = `
const P = window.__PAGE__;
const O = P.options || {};
const W = O.w || {};
function useReady(ms) { React.useEffect(() => { const t = setTimeout(() => { window.__READY__ = true; }, ms); return () => clearTimeout(t); }, []); }
const TONE = { awaiting_payment: 'warning', awaiting_shipment: 'info', shipped: 'primary', delivered: 'success', completed: 'success', cancelled: 'default', refunded: 'default', returned: 'default' };
`;

// Amazon's Manage Orders, one shape in two languages: cells of labelled lines
const AMAZON_CELLS = `
function Lines({ o, Line, Link }) {
  return <>
    <Line label={W.id}><Link href={'/orders-v3/order/' + o.orderId}>{o.orderId}</Link></Line>
    <Line label={W.buyer}>{o.buyer}</Line>
    <Line label={W.channel}>{W.channelV}</Line>
    <Line label={W.method}>{W.methodV}</Line>
  </>;
}
function Goods({ o, Line, Link }) {
  return o.items.map((it, k) => (
    <div key={k}><Link href="#">{it.name}</Link>
      <Line label={W.asin}>{it.goodsId}</Line><Line label={W.sku}>{it.code}</Line><Line label={W.qty}>{it.qty}</Line><Line label={W.sub}>{o.totalText}</Line></div>));
}
`;

const MODULES = {
  mui: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, Box, Typography, Chip, Table, TableHead, TableBody, TableRow, TableCell, Paper, TableContainer, Link, Tabs, Tab, Stack, Button, Checkbox } from '@mui/material';
${PRELUDE}
${AMAZON_CELLS}
const CHIP = { warning: 'warning', info: 'info', primary: 'primary', success: 'success', default: 'default' };
function Line({ label, children }) {
  return <Typography variant="body2" component="div"><Box component="span" sx={{ color: 'text.secondary' }}>{label}</Box>{children}</Typography>;
}
function App() {
  useReady(900);
  return (
    <Box sx={{ p: 2 }}>
      <CssBaseline />
      <Typography variant="h5" sx={{ mb: 2 }}>{O.heading}</Typography>
      <Tabs value={1} sx={{ mb: 2 }}>{O.tabs.map((t) => <Tab key={t} label={t} />)}</Tabs>
      <TableContainer component={Paper}>
        <Table size="small">
          <TableHead><TableRow><TableCell padding="checkbox"><Checkbox size="small" /></TableCell>{O.head.map((h) => <TableCell key={h}>{h}</TableCell>)}</TableRow></TableHead>
          <TableBody>
            {P.orders.map((o) => (
              <TableRow key={o.orderId}>
                <TableCell padding="checkbox"><Checkbox size="small" /></TableCell>
                <TableCell><div>{o.agoText}</div><Typography variant="caption" color="text.secondary">{o.dateText}</Typography></TableCell>
                <TableCell><Lines o={o} Line={Line} Link={Link} /></TableCell>
                <TableCell><Goods o={o} Line={Line} Link={Link} /></TableCell>
                <TableCell>{W.service}</TableCell>
                <TableCell><Chip size="small" label={o.statusText} color={CHIP[TONE[o.status]]} />
                  {o.dueText ? <Typography variant="caption" component="div">{o.dueText}</Typography> : null}
                  {o.tracking ? <Line label={W.track}>{o.tracking}</Line> : null}
                </TableCell>
                <TableCell><Stack spacing={0.5}>{o.status === 'awaiting_shipment' ? <Button size="small" variant="contained">{W.buy}</Button> : null}<Button size="small" variant="outlined">{W.slip}</Button></Stack></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  antd: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import deDE from 'antd/locale/de_DE';
import { ConfigProvider, Table, Tag, Typography, Tabs, Button, Space } from 'antd';
${PRELUDE}
${AMAZON_CELLS}
const COLOR = { warning: 'orange', info: 'blue', primary: 'geekblue', success: 'green', default: 'default' };
function Line({ label, children }) {
  return <div style={{ fontSize: 13 }}><span style={{ color: '#888' }}>{label} </span>{children}</div>;
}
const A = (props) => <Typography.Link {...props} />;
function App() {
  useReady(1000);
  const columns = [
    { title: O.head[0], key: 'd', width: 170, render: (_, o) => <><div>{o.agoText}</div><div style={{ color: '#888', fontSize: 12 }}>{o.dateText}</div></> },
    { title: O.head[1], key: 'o', width: 300, render: (_, o) => <Lines o={o} Line={Line} Link={A} /> },
    { title: O.head[2], key: 'p', render: (_, o) => <Goods o={o} Line={Line} Link={A} /> },
    { title: O.head[3], key: 'c', width: 110, render: () => W.service },
    { title: O.head[4], key: 's', width: 220, render: (_, o) => <><Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag>
      {o.dueText ? <div style={{ fontSize: 12 }}>{o.dueText}</div> : null}{o.tracking ? <Line label={W.track}>{o.tracking}</Line> : null}</> },
    { title: O.head[5], key: 'a', width: 170, render: (_, o) => <Space direction="vertical" size={4}>{o.status === 'awaiting_shipment' ? <Button size="small" type="primary">{W.buy}</Button> : null}<Button size="small">{W.slip}</Button></Space> },
  ];
  return (
    <ConfigProvider locale={deDE}>
      <div style={{ padding: 16 }}>
        <Typography.Title level={4}>{O.heading}</Typography.Title>
        <Tabs defaultActiveKey="1" items={O.tabs.map((t, k) => ({ key: String(k), label: t }))} />
        <Table rowKey="orderId" columns={columns} dataSource={P.orders} rowSelection={{}} size="small" pagination={{ pageSize: 15, total: 214, showTotal: (t) => t + ' Bestellungen' }} />
      </div>
    </ConfigProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  semi: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@douyinfe/semi-ui/dist/css/semi.min.css';
import ruRU from '@douyinfe/semi-ui/lib/es/locale/source/ru_RU';
import { LocaleProvider, Table, Tag, Typography, Tabs, TabPane, Button } from '@douyinfe/semi-ui';
${PRELUDE}
const COLOR = { warning: 'amber', info: 'blue', primary: 'indigo', success: 'green', default: 'grey' };
function App() {
  useReady(900);
  const columns = [
    { title: '№ задания', key: 'id', render: (_, o) => <Typography.Text copyable={{ content: o.orderId }}>{o.orderId}</Typography.Text> },
    { title: 'Стикер', key: 'st', render: (_, o) => <span>{o.sticker}</span> },
    { title: 'Дата создания', key: 'd', render: (_, o) => o.dateText },
    { title: 'Товар', key: 'g', render: (_, o) => o.items.map((it, k) => <div key={k}><div>{it.name}</div>
      <div style={{ color: '#888', fontSize: 12 }}>Артикул продавца: {it.code}</div>
      <div style={{ color: '#888', fontSize: 12 }}>Артикул WB: {it.goodsId}</div>
      <div style={{ color: '#888', fontSize: 12 }}>Баркод: {it.barcode}</div></div>) },
    { title: 'Цена', key: 't', render: (_, o) => <b>{o.totalText}</b> },
    { title: 'Статус', key: 's', render: (_, o) => <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag> },
    { title: 'Поставка', key: 'sp', render: (_, o) => o.supply || '—' },
    { title: 'Склад', key: 'w', render: () => 'Склад продавца, Москва' },
    { title: '', key: 'a', render: (_, o) => o.status === 'awaiting_shipment' ? <Button size="small" theme="borderless">Печать стикера</Button> : null },
  ];
  return (
    <LocaleProvider locale={ruRU}>
      <div style={{ padding: 16 }}>
        <Typography.Title heading={4}>{O.heading}</Typography.Title>
        <Tabs type="line" defaultActiveKey="1">{O.tabs.map((t, k) => <TabPane key={k} tab={t} itemKey={String(k)} />)}</Tabs>
        <Table rowKey="orderId" columns={columns} dataSource={P.orders} pagination={false} rowSelection={{}} />
        <div style={{ marginTop: 12, color: '#888' }}>Всего заданий: {P.orders.length}</div>
      </div>
    </LocaleProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  mantine: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import { MantineProvider, Table, Badge, Anchor, Title, Text, Tabs } from '@mantine/core';
${PRELUDE}
const COLOR = { warning: 'yellow', info: 'blue', primary: 'violet', success: 'green', default: 'gray' };
const sum = P.orders.reduce((s, o) => s + o.total, 0);
function App() {
  useReady(900);
  return (
    <MantineProvider>
      <div style={{ padding: 16 }}>
        <Title order={3} mb="sm">{O.heading}</Title>
        <Tabs defaultValue="1" mb="md"><Tabs.List>{O.tabs.map((t, k) => <Tabs.Tab key={k} value={String(k)}>{t}</Tabs.Tab>)}</Tabs.List></Tabs>
        <Table striped withTableBorder>
          <Table.Thead><Table.Tr>{['№ заказа', 'Дата', 'Покупатель', 'Товар', 'Сумма', 'Доставка', 'Статус', 'Накладная'].map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {P.orders.map((o) => (
              <Table.Tr key={o.orderId}>
                <Table.Td><Anchor href="#">{o.orderId}</Anchor></Table.Td>
                <Table.Td>{o.dateText}</Table.Td>
                <Table.Td><div>{o.buyer}</div><Text size="xs" c="dimmed">{o.phone}</Text></Table.Td>
                <Table.Td>{o.items.map((it, k) => <div key={k}><div>{it.name} × {it.qty}</div><Text size="xs" c="dimmed">Код товара: {it.goodsId}</Text></div>)}</Table.Td>
                <Table.Td><b>{o.totalText}</b></Table.Td>
                <Table.Td>{o.delivery}</Table.Td>
                <Table.Td><Badge color={COLOR[TONE[o.status]]} variant="light">{o.statusText}</Badge></Table.Td>
                <Table.Td>{o.waybill ? 'Накладная № ' + o.waybill : '—'}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr><Table.Td colSpan={4}><b>Итого: {P.orders.length} заказов</b></Table.Td><Table.Td><b>{sum.toLocaleString('ru-RU').replace(/\\u00a0/g, ' ')} ₸</b></Table.Td><Table.Td colSpan={3} /></Table.Tr>
          </Table.Tbody>
        </Table>
      </div>
    </MantineProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  polaris: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@shopify/polaris/build/esm/styles.css';
import en from '@shopify/polaris/locales/en.json';
import { AppProvider, Page, Card, IndexTable, Badge, Text, Link, useIndexResourceState } from '@shopify/polaris';
${PRELUDE}
const PT = { warning: 'attention', info: 'attention', primary: 'info', success: 'success', default: undefined };
function Orders() {
  const rows = P.orders.map((o) => ({ ...o, id: o.orderId }));
  const { selectedResources, allResourcesSelected, handleSelectionChange } = useIndexResourceState(rows);
  const heads = ['Order', 'Retailer', 'Placed', 'Ship by', 'Units', 'Status', 'Total', 'Payout', 'Tracking'];
  return (
    <IndexTable resourceName={{ singular: 'order', plural: 'orders' }} itemCount={rows.length} headings={heads.map((title) => ({ title }))}
      selectedItemsCount={allResourcesSelected ? 'All' : selectedResources.length} onSelectionChange={handleSelectionChange}>
      {rows.map((o, i) => (
        <IndexTable.Row id={o.id} key={o.id} position={i} selected={selectedResources.includes(o.id)}>
          <IndexTable.Cell><Link url={'/brand-portal/orders/bo_' + o.orderId.slice(1).toLowerCase()} removeUnderline>{o.orderId}</Link></IndexTable.Cell>
          <IndexTable.Cell><Text as="span">{o.buyer}</Text></IndexTable.Cell>
          <IndexTable.Cell><Text as="span">{o.dateText}</Text></IndexTable.Cell>
          <IndexTable.Cell><Text as="span">{o.status === 'cancelled' ? '—' : o.dueText}</Text></IndexTable.Cell>
          <IndexTable.Cell><Text as="span">{o.items.reduce((s, it) => s + it.qty * 6, 0)} units</Text><Text as="p" tone="subdued">{o.items.map((it) => it.code).join(', ')}</Text></IndexTable.Cell>
          <IndexTable.Cell><Badge tone={PT[TONE[o.status]]}>{o.statusText}</Badge></IndexTable.Cell>
          <IndexTable.Cell><Text as="span" fontWeight="semibold">{o.totalText}</Text></IndexTable.Cell>
          <IndexTable.Cell><Text as="span" tone="subdued">{o.status === 'cancelled' ? '—' : o.payoutText}</Text></IndexTable.Cell>
          <IndexTable.Cell><Text as="span">{o.tracking || ''}</Text></IndexTable.Cell>
        </IndexTable.Row>
      ))}
    </IndexTable>
  );
}
function App() {
  useReady(900);
  return <AppProvider i18n={en}><Page title={O.heading} fullWidth><Card padding="0"><Orders /></Card></Page></AppProvider>;
}
createRoot(document.getElementById('root')).render(<App />);
`,
  arco: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@arco-design/web-react/dist/css/arco.css';
import zhTW from '@arco-design/web-react/es/locale/zh-TW';
import { ConfigProvider, Card, Tag, Typography, Button, Tabs, Grid, Checkbox } from '@arco-design/web-react';
${PRELUDE}
const { Row, Col } = Grid;
const COLOR = { warning: 'orange', info: 'orangered', primary: 'arcoblue', success: 'green', default: 'gray' };
const SPAN = [9, 4, 4, 4, 3];
function App() {
  useReady(900);
  return (
    <ConfigProvider locale={zhTW}>
      <div style={{ padding: 16 }}>
        <Typography.Title heading={5}>{O.heading}</Typography.Title>
        <Tabs defaultActiveTab="2">{O.tabs.map((t, k) => <Tabs.TabPane key={String(k)} title={t} />)}</Tabs>
        <Row style={{ padding: '8px 12px', background: '#fafafa', color: '#86909c', fontSize: 13 }}>
          {['商品', '訂單金額', '狀態', '物流', '操作'].map((h, i) => <Col key={h} span={SPAN[i]}>{h}</Col>)}
        </Row>
        {P.orders.map((o) => (
          <Card key={o.orderId} style={{ marginTop: 12 }} bodyStyle={{ padding: 12 }} title={
            <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13, fontWeight: 400 }}>
              <span><Checkbox /> <b>{o.buyer}</b> <Button size="mini" type="text">聊聊</Button></span>
              <span style={{ color: '#86909c' }}>訂單成立時間 {o.dateText}</span>
              <span>訂單編號 {o.orderId}</span>
            </div>}>
            <Row>
              <Col span={SPAN[0]}>{o.items.map((it, k) => <div key={k} style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 6 }}>
                <div><div>{it.name}</div><div style={{ color: '#86909c', fontSize: 12 }}>規格: 預設</div></div><div>{it.priceText} x{it.qty}</div></div>)}</Col>
              <Col span={SPAN[1]}><div><b>{o.totalText}</b></div><div style={{ color: '#86909c', fontSize: 12 }}>{o.pay}</div></Col>
              <Col span={SPAN[2]}><Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag>{o.dueText ? <div style={{ fontSize: 12, color: '#86909c' }}>{o.dueText}</div> : null}</Col>
              <Col span={SPAN[3]}>{o.tracking ? <><div>蝦皮店到店</div><div style={{ fontSize: 12, color: '#86909c' }}>{o.tracking.split(' ').pop()}</div></> : <div>蝦皮店到店</div>}</Col>
              <Col span={SPAN[4]}><Button size="mini" type="text">查看詳情</Button>{o.status === 'awaiting_shipment' ? <Button size="mini" type="primary">安排出貨</Button> : null}</Col>
            </Row>
          </Card>
        ))}
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
import { Container, Table, Badge, Button, Form } from 'react-bootstrap';
${PRELUDE}
const BG = { warning: 'warning', info: 'info', primary: 'primary', success: 'success', default: 'secondary' };
const SHIP = { awaiting_shipment: '出荷待ち', completed: '出荷済み', cancelled: '-' };
function App() {
  useReady(600);
  return (
    <Container fluid className="p-3">
      <h4>{O.heading}</h4>
      <div className="d-flex gap-3 small mb-2">{O.counts.map((c) => <span key={c} className="border rounded px-2">{c}</span>)}</div>
      <Table bordered hover size="sm" className="small">
        <thead className="table-light"><tr><th><Form.Check aria-label="all" /></th>{['注文ID', '注文日時', '注文者氏名', '合計金額', 'お支払い方法', '注文ステータス', '出荷ステータス', '配送伝票番号'].map((h) => <th key={h}>{h}</th>)}</tr></thead>
        <tbody>
          {P.orders.map((o) => (
            <tr key={o.orderId}>
              <td><Form.Check aria-label="select" /></td>
              <td><a href="#">{o.orderId}</a></td>
              <td>{o.dateText}</td>
              <td>{o.buyer}<div className="text-muted">{o.phone}</div></td>
              <td className="text-end">{o.totalText}</td>
              <td>{o.pay}</td>
              <td><Badge bg={BG[TONE[o.status]]}>{o.statusText}</Badge></td>
              <td>{SHIP[o.status]}</td>
              <td>{o.tracking ? o.tracking.split(' ').pop() : ''}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="small text-muted">全{P.orders.length}件</div>
    </Container>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
};
const VERSION_OF = { mui: '@mui/material', antd: 'antd', semi: '@douyinfe/semi-ui', mantine: '@mantine/core', polaris: '@shopify/polaris', arco: '@arco-design/web-react', bootstrap: 'react-bootstrap' };

// ---------- the renderer: heldout-render.mjs, with this set's pages ----------
const SET = { name: 'heldout12', pages: HELDOUT12_PAGES, modules: MODULES, versionOf: VERSION_OF, ordersOf: heldout12Orders, decoysOf: decoys12Of };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await renderSet(SET, process.argv[2] || '');
