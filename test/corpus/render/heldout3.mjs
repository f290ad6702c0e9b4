// The THIRD blind held-out set: header words, status words, id shapes, date and money formats and
// decoys of consoles neither earlier set drew on, written down on 2026-12-07 BEFORE the reader's
// dictionary (lib/extract/keys.ts, meaning.ts), lib/normalize/status.ts or the earlier sets' word
// lists were read. Each order is the truth its cells are printed from; the reader's output never
// feeds back here. Where a console's word is ambiguous to a seller (Rakuten's 注文確認待ち, Vendure's
// Payment authorized, Shopee's Chờ xác nhận) it is left out rather than given a guessed truth.
//
// Sources (search tool, seen 2026-12-07; file ids from the `code` corpus, URLs from `pages`/`docs`):
// - 1688 卖家 (zh): order states 等待买家付款 / 等待卖家发货 / 等待买家确认收货 / 交易成功 / 交易关闭
//   (file 14288596719, a 1688 order-status option list; Taobao TOP API comments, file 29779089909).
// - 微信视频号小店 (zh): 待付款 / 待发货 / 待收货 / 已完成 / 已取消 and 退款中 (mini-shop order enums,
//   pages/code search "视频号小店 订单状态"); 19-digit order ids starting 37; "￥" full-width yen.
// - TikTok Shop Seller Center (en-US): order_status UNPAID, ON_HOLD, AWAITING_SHIPMENT,
//   AWAITING_COLLECTION, IN_TRANSIT, DELIVERED, COMPLETED, CANCELLED and 18-digit order ids
//   (576932018345678901) — raw.githubusercontent.com/api-evangelist/tiktok json-schema and
//   tiktok-shop-listOrders-example.json; package and SKU ids are long digit strings too.
// - Allegro Sales Center (pl-PL): "Data zakupu" (file 37947988886), fulfillment NEW / PROCESSING /
//   READY_FOR_SHIPMENT / SENT / PICKED_UP / CANCELLED shown as Nowe, W realizacji, Do wysłania,
//   Wysłane, Odebrane, Anulowane; checkout-form ids are UUIDs; "1 234,56 zł".
// - Rakuten RMS (ja-JP): 受注番号 / 注文日時 / 受注ステータス (file 6720389232); order progress 100
//   注文確認待ち, 200 楽天処理中, 300 発送待ち, 500 発送済, 700 支払手続き済, 900 キャンセル確定 (Rakuten Pay
//   order API enum, code search "楽天 RMS 受注ステータス"); order numbers shop-yyyymmdd-seq
//   (kukumaomao2022-dotcom/inventory-system RAKUTEN_PAY_ORDER_API.md).
// - Coupang Wing (ko-KR): 결제대기 / 결제완료 / 상품준비중 / 배송지시 / 배송중 / 배송완료 / 취소 (files
//   52685995829, 1873907699, 10749776999); "12,800원"; 운송장번호 12 digits; phones 010-1234-5678.
// - Lazada Seller Center (en-MY, en-PH): Pending, Ready to Ship, Shipped, Delivered, Cancelled,
//   Returned (lazadamypsc.zendesk.com/hc/en-us/articles/223367727-What-is-order-status-), 15-digit
//   order numbers, "RM 1,234.56", "₱1,234.00".
// - Shopee (vi-VN): Chờ lấy hàng, Đang giao, Đã giao, Đã hủy, Trả hàng/Hoàn tiền, Chưa thanh toán
//   (help.upos.vn …/trang-thai-don-hang-tuong-ung-giua-san-tmdt-va-upos; magiamgiashopee.com
//   trang-thai-don-hang-shopee); order_sn yymmdd + 8 letters/digits; "₫1.234.000".
// - Vendure admin (en-US): states ArrangingPayment, PaymentSettled, Shipped, Delivered, Cancelled
//   shown as Arranging payment, Payment settled, … (file 46439667218, state i18n tokens); codes of
//   16 capital letters and digits; list columns Code, Customer, State, Total, Placed at, Updated at.
// - Ecwid (en-GB): fulfillment AWAITING_PROCESSING, PROCESSING, SHIPPED, DELIVERED,
//   WILL_NOT_DELIVER, RETURNED, OUT_FOR_DELIVERY (files 52445280796, 65861108431).
// - OpenCart 4 admin Sales > Orders (en-GB): Order ID, Customer, Status, Total, Date Added, Date
//   Modified (file 15737371479); statuses Pending, Processing, Shipped, Complete, Canceled, Refunded,
//   Chargeback; dates d/m/Y only; empty list "No results!".
// - nopCommerce Sales > Orders (en-US): Order #, Order status, Payment status, Customer, Store,
//   Created on, Order total (file 197945679, Admin.Orders.Fields.*); Pending / Processing /
//   Complete / Cancelled; "12/5/2026 2:03:22 PM".

// ---------- header words, by console ----------
export const HEADERS3 = {
  c1688: { id: '订单号', placedAt: '创建时间', buyer: '买家会员名', total: '实付款(元)', status: '交易状态', tracking: '运单号', customerId: '买家ID', sku: '货号' },
  wxshop: { id: '订单号', placedAt: '下单时间', buyer: '收货人', total: '订单实付', status: '订单状态', tracking: '快递单号', phone: '手机号', sku: '商品编码' },
  tiktok: { id: 'Order ID', placedAt: 'Created time', buyer: 'Buyer', total: 'Order amount', status: 'Order status', pkg: 'Package ID', sku: 'SKU ID', tracking: 'Tracking number' },
  allegro: { id: 'ID zamówienia', placedAt: 'Data zakupu', buyer: 'Kupujący', total: 'Kwota', status: 'Status', phone: 'Telefon', customerId: 'Login kupującego' },
  rakuten: { id: '受注番号', placedAt: '注文日時', buyer: '注文者', total: '合計金額', status: '受注ステータス', tracking: 'お荷物伝票番号', sku: '商品番号', phone: '電話番号' },
  coupang: { id: '주문번호', placedAt: '주문일시', buyer: '수취인', total: '결제금액', status: '주문상태', tracking: '운송장번호', phone: '연락처' },
  lazada: { id: 'Order Number', placedAt: 'Order Date', buyer: 'Customer Name', total: 'Total Amount', status: 'Status', tracking: 'Tracking Number', sku: 'Seller SKU', customerId: 'Buyer ID' },
  shopee: { id: 'Mã đơn hàng', placedAt: 'Ngày đặt hàng', buyer: 'Người mua', total: 'Tổng tiền', status: 'Trạng thái', tracking: 'Mã vận đơn', phone: 'Số điện thoại' },
  vendure: { id: 'Code', placedAt: 'Placed at', updatedAt: 'Updated at', buyer: 'Customer', total: 'Total', status: 'State', customerId: 'Customer ID' },
  ecwid: { id: 'Order ', placedAt: '', total: 'Total ', sku: 'SKU ', tracking: 'Tracking number ' },
  opencart: { id: 'Order ID', placedAt: 'Date Added', updatedAt: 'Date Modified', buyer: 'Customer', total: 'Total', status: 'Status' },
  nop: { id: 'Order #', placedAt: 'Created on', buyer: 'Customer', total: 'Order total', status: 'Order status', payment: 'Payment status', store: 'Store' },
};

// ---------- status words, each with the state a seller reads from it ----------
export const STATUSES3 = {
  c1688: [['等待买家付款', 'awaiting_payment'], ['等待卖家发货', 'awaiting_shipment'], ['等待买家确认收货', 'shipped'], ['交易成功', 'completed'], ['交易关闭', 'cancelled']],
  wxshop: [['待付款', 'awaiting_payment'], ['待发货', 'awaiting_shipment'], ['待收货', 'shipped'], ['已完成', 'completed'], ['已取消', 'cancelled'], ['退款中', 'refund_requested']],
  tiktok: [['Unpaid', 'awaiting_payment'], ['Awaiting shipment', 'awaiting_shipment'], ['Awaiting collection', 'awaiting_shipment'], ['In transit', 'shipped'], ['Delivered', 'delivered'], ['Completed', 'completed'], ['Cancelled', 'cancelled']],
  allegro: [['Nowe', 'awaiting_shipment'], ['W realizacji', 'awaiting_shipment'], ['Do wysłania', 'awaiting_shipment'], ['Wysłane', 'shipped'], ['Odebrane', 'delivered'], ['Anulowane', 'cancelled']],
  rakuten: [['楽天処理中', 'awaiting_shipment'], ['発送待ち', 'awaiting_shipment'], ['発送済', 'shipped'], ['支払手続き済', 'completed'], ['キャンセル確定', 'cancelled']],
  coupang: [['결제대기', 'awaiting_payment'], ['결제완료', 'awaiting_shipment'], ['상품준비중', 'awaiting_shipment'], ['배송지시', 'awaiting_shipment'], ['배송중', 'shipped'], ['배송완료', 'delivered'], ['취소완료', 'cancelled']],
  lazada: [['Pending', 'awaiting_shipment'], ['Ready to Ship', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Delivered', 'delivered'], ['Canceled', 'cancelled'], ['Returned', 'returned']],
  shopee: [['Chưa thanh toán', 'awaiting_payment'], ['Chờ lấy hàng', 'awaiting_shipment'], ['Đang giao', 'shipped'], ['Đã giao', 'delivered'], ['Đã hủy', 'cancelled'], ['Trả hàng/Hoàn tiền', 'return_requested']],
  vendure: [['Arranging payment', 'awaiting_payment'], ['Payment settled', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Delivered', 'delivered'], ['Cancelled', 'cancelled']],
  ecwid: [['Awaiting processing', 'awaiting_shipment'], ['Processing', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Out for delivery', 'shipped'], ['Delivered', 'delivered'], ['Will not deliver', 'cancelled'], ['Returned', 'returned']],
  opencart: [['Pending', 'awaiting_payment'], ['Processing', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Complete', 'completed'], ['Canceled', 'cancelled'], ['Refunded', 'refunded'], ['Chargeback', 'disputed']],
  nop: [['Pending', 'awaiting_payment'], ['Processing', 'awaiting_shipment'], ['Complete', 'completed'], ['Cancelled', 'cancelled']],
};

// ---------- seeded randomness ----------
function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const num = (r, n) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10))).join('');
const caps = (r, n) => Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(r() * 26))).join('');
const alnum = (r, n) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[Math.floor(r() * 34)]).join('');
const hex = (r, n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
const oneOf = (r, a) => a[Math.floor(r() * a.length)];
const two = (n) => String(n).padStart(2, '0');

// ---------- order numbers by console ----------
const IDS = {
  c1688: (r) => '3' + num(r, 18),
  wxshop: (r) => '37' + num(r, 17),
  tiktok: (r) => '57' + num(r, 16),
  allegro: (r) => `${hex(r, 8)}-${hex(r, 4)}-11f0-${hex(r, 4)}-${hex(r, 12)}`,
  rakuten: (r, i, w) => `384712-${w.y}${two(w.mo)}${two(w.d)}-${num(r, 10)}`,
  coupang: (r) => '2' + num(r, 12),
  lazada: (r) => '5' + num(r, 14),
  shopee: (r, i, w) => `${String(w.y).slice(2)}${two(w.mo)}${two(w.d)}${alnum(r, 8)}`,
  vendure: (r) => alnum(r, 16),
  ecwid: (r, i) => String(21400 + i * 3 + Math.floor(r() * 3)),
  opencart: (r, i) => String(3100 + i * 2 + Math.floor(r() * 2)),
  nop: (r, i) => String(5600 + i * 3 + Math.floor(r() * 3)),
};

// ---------- local wall time ----------
function clock(ms, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(ms));
  const v = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  return { y: +v.year, mo: +v.month, d: +v.day, h: +v.hour, mi: +v.minute, s: +v.second };
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Date styles of these consoles; `dmy-date` is a date alone (OpenCart's list). */
export function formatDate3(ms, style, timeZone) {
  const t = clock(ms, timeZone);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  const ap = t.h < 12 ? 'AM' : 'PM';
  switch (style) {
    case 'ymd-sec': return `${t.y}-${two(t.mo)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`; // 1688
    case 'slash-ymd-hm': return `${t.y}/${two(t.mo)}/${two(t.d)} ${two(t.h)}:${two(t.mi)}`; // 视频号小店
    case 'slash-ymd-sec': return `${t.y}/${two(t.mo)}/${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`; // Rakuten RMS
    case 'us-mdy-12h': return `${two(t.mo)}/${two(t.d)}/${t.y} ${h12}:${two(t.mi)} ${ap}`; // TikTok Shop US
    case 'pl-dot-comma': return `${two(t.d)}.${two(t.mo)}.${t.y}, ${two(t.h)}:${two(t.mi)}`; // Allegro
    case 'ko-dot-hm': return `${t.y}.${two(t.mo)}.${two(t.d)} ${two(t.h)}:${two(t.mi)}`; // Coupang
    case 'dmon-y-hm': return `${two(t.d)} ${MONTHS[t.mo - 1]} ${t.y} ${two(t.h)}:${two(t.mi)}`; // Lazada
    case 'dmy-hm': return `${two(t.d)}/${two(t.mo)}/${t.y} ${two(t.h)}:${two(t.mi)}`; // Shopee VN
    case 'us-short': return `${t.mo}/${t.d}/${String(t.y).slice(2)}, ${h12}:${two(t.mi)} ${ap}`; // Vendure (Intl short)
    case 'gb-dmon-comma': return `${t.d} ${MONTHS[t.mo - 1]} ${t.y}, ${two(t.h)}:${two(t.mi)}`; // Ecwid UK
    case 'dmy-date': return `${two(t.d)}/${two(t.mo)}/${t.y}`; // OpenCart en-gb date_format_short
    case 'us-mdy-sec': return `${t.mo}/${t.d}/${t.y} ${h12}:${two(t.mi)}:${two(t.s)} ${ap}`; // nopCommerce
    default: throw new Error('date style ' + style);
  }
}

const grp = (int, sep) => String(int).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** Money styles of these consoles. */
export function formatMoney3(v, style) {
  const int = Math.floor(v + 1e-9);
  const c = two(Math.round((v - int) * 100));
  switch (style) {
    case 'yen-2': return `¥${grp(int, ',')}.${c}`;
    case 'fw-yen': return `￥${grp(int, ',')}.${c}`; // full-width yen sign
    case 'usd': return `$${grp(int, ',')}.${c}`;
    case 'pln': return `${grp(int, '\u00a0')},${c}\u00a0zł`;
    case 'yen-suffix': return `${grp(int, ',')}円`;
    case 'won': return `${grp(int, ',')}원`;
    case 'rm': return `RM ${grp(int, ',')}.${c}`;
    case 'php': return `₱${grp(int, ',')}.${c}`;
    case 'vnd': return `₫${grp(int, '.')}`;
    case 'gbp': return `£${grp(int, ',')}.${c}`;
    default: throw new Error('money style ' + style);
  }
}
const CURRENCY3 = { 'yen-2': 'CNY', 'fw-yen': 'CNY', usd: 'USD', pln: 'PLN', 'yen-suffix': 'JPY', won: 'KRW', rm: 'MYR', php: 'PHP', vnd: 'VND', gbp: 'GBP' };
/** Currencies without minor units on these consoles: whole amounts only. */
const WHOLE = new Set(['yen-suffix', 'won', 'vnd']);

const GOODS = {
  en: ['Phone case (clear)', 'USB-C cable 1 m', 'Yoga mat 6 mm', 'Scented candle', 'Bamboo toothbrush (4)', 'Insulated bottle 750 ml', 'Desk lamp', 'Silk scarf'],
  zh: ['加厚毛巾', '桌面收纳盒', '棉麻抱枕套', '不粘锅', '儿童水杯', '车载手机支架', '竹纤维袜子', '折叠雨伞'],
  ja: ['今治タオル', '抹茶パウダー 100g', '土鍋 8号', '手ぬぐい', 'ステンレスボトル', '木製まな板', '靴下 3足組', '扇子'],
  ko: ['텀블러 500ml', '마스크팩 10매', '무선 충전기', '캠핑 의자', '니트 장갑', '유리 밀폐용기', '요가 매트', '핸드크림'],
  pl: ['Kubek ceramiczny', 'Ładowarka USB-C', 'Koc polarowy', 'Świeca zapachowa', 'Plecak miejski', 'Czajnik elektryczny', 'Rękawiczki', 'Ręcznik kąpielowy'],
  vi: ['Áo thun cotton', 'Dép đi trong nhà', 'Ốp lưng điện thoại', 'Bình giữ nhiệt', 'Nón bảo hiểm', 'Tai nghe bluetooth', 'Khẩu trang vải', 'Balo laptop'],
};
const PEOPLE = {
  en: ['Aisha Rahman', 'Marco Rossi', 'Grace Lim', 'Tom Becker', 'Priya Nair', 'Lucas Martin', 'Emma Walsh', 'Daniel Cruz'],
  zh: ['孙**', '何*', '郭小*', '马**', '林*', '高**', '罗*', '梁**'],
  ja: ['佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健', '伊藤 さくら', '渡辺 翔', '山本 陽子', '中村 大輔'],
  ko: ['김*수', '이*영', '박*준', '최*희', '정*호', '강*민', '조*아', '윤*서'],
  pl: ['Anna Nowak', 'Piotr Kowalski', 'Katarzyna Wiśniewska', 'Tomasz Wójcik', 'Magdalena Kamińska', 'Michał Lewandowski', 'Agnieszka Zielińska', 'Paweł Szymański'],
  vi: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thu Hà', 'Võ Thanh Hùng', 'Đặng Ngọc Lan', 'Bùi Đức Minh'],
};
/** Carrier numbers each console prints (none of them an order number). */
const PARCELS = {
  c1688: (r) => oneOf(r, ['YT' + num(r, 13), '78' + num(r, 13), 'JT' + num(r, 13)]),
  wxshop: (r) => oneOf(r, ['SF' + num(r, 13), '75' + num(r, 13)]),
  tiktok: (r) => oneOf(r, ['9400' + num(r, 18), '1Z' + alnum(r, 16)]),
  allegro: (r) => oneOf(r, ['6' + num(r, 23), 'AD' + num(r, 9) + 'PL']),
  rakuten: (r) => oneOf(r, [`${num(r, 4)}-${num(r, 4)}-${num(r, 4)}`, num(r, 12)]),
  coupang: (r) => num(r, 12),
  lazada: (r) => oneOf(r, ['MYMPA' + num(r, 9), 'PH' + num(r, 11)]),
  shopee: (r) => 'SPXVN0' + num(r, 11),
  vendure: (r) => '1Z' + alnum(r, 16),
  ecwid: (r) => oneOf(r, ['JD' + num(r, 16) + 'GB', 'H' + alnum(r, 15)]),
  opencart: (r) => 'JD' + num(r, 16),
  nop: (r) => '9400' + num(r, 18),
};
const PHONES3 = {
  zh: (r) => `1${oneOf(r, ['37', '58', '89'])}****${num(r, 4)}`,
  en: (r) => `(${oneOf(r, ['212', '312', '646'])}) 555-${num(r, 4)}`,
  'en-GB': (r) => `07700 ${num(r, 6)}`,
  'en-MY': (r) => `+60 1${oneOf(r, ['2', '6', '9'])}-${num(r, 3)} ${num(r, 4)}`,
  ja: (r) => `0${oneOf(r, ['80', '90'])}-${num(r, 4)}-${num(r, 4)}`,
  ko: (r) => `010-${num(r, 4)}-${num(r, 4)}`,
  pl: (r) => `+48 ${num(r, 3)} ${num(r, 3)} ${num(r, 3)}`,
  vi: (r) => `09${num(r, 1)}${num(r, 1)} ${num(r, 3)} ${num(r, 3)}`,
};
const BUYER_IDS = {
  c1688: (r) => 'b2b-22' + num(r, 10) + hex(r, 5),
  tiktok: (r) => '74' + num(r, 17),
  allegro: (r) => 'kupujacy_' + num(r, 5),
  lazada: (r) => num(r, 9),
  vendure: (r) => num(r, 4),
};
const SKUS = {
  tiktok: (r) => '17' + num(r, 17),
  lazada: (r) => `${caps(r, 3)}-${num(r, 5)}-${oneOf(r, ['BK', 'WH', 'XL'])}`,
  rakuten: (r) => `${caps(r, 2).toLowerCase()}-${num(r, 6)}`,
  c1688: (r) => `${caps(r, 2)}${num(r, 5)}-${oneOf(r, ['黑色', '白色', 'L', 'XL'])}`,
  wxshop: (r) => num(r, 13),
  default: (r) => `${caps(r, 2)}-${num(r, 4)}`,
};

/** nopCommerce's Payment status column beside its Order status (Admin.Orders.Fields.PaymentStatus). */
const NOP_PAYMENT = { awaiting_payment: 'Pending', awaiting_shipment: 'Paid', completed: 'Paid', cancelled: 'Voided' };

/**
 * Orders of one held-out page. `console` picks ids, status words and decoys, `dateStyle`/`money`
 * the text. Each record carries its truth (orderId, total, currency, placedMs, status) beside the
 * text printed from it, and its decoys. A date style without a time ('dmy-date') places the order
 * at the start of its day, which is all the page says.
 */
export function heldout3Orders({ lang, console: con, count, dateStyle, money, currency, seed, timeZone, now, items = [1, 2], phones }) {
  const r = rng(seed);
  const nowMs = Date.parse(now);
  const whole = WHOLE.has(money);
  const out = [];
  let t = nowMs - 5 * 60_000;
  for (let i = 0; i < count; i++) {
    t -= Math.floor((dateStyle === 'dmy-date' ? 300 + r() * 1400 : 20 + r() * 600) * 60_000 + r() * 59_000);
    let placedMs = t;
    const w = clock(placedMs, timeZone);
    if (dateStyle === 'dmy-date') placedMs -= ((w.h * 60 + w.mi) * 60 + w.s) * 1000 + (placedMs % 1000);
    const orderId = IDS[con](r, count - i, w);
    const [statusText, status] = oneOf(r, STATUSES3[con]);
    const n = items[0] + Math.floor(r() * (items[1] - items[0] + 1));
    const skuOf = SKUS[con] || SKUS.default;
    const its = Array.from({ length: n }, (_, k) => {
      const qty = 1 + Math.floor(r() * 3);
      const price = money === 'won' ? (8 + Math.floor(r() * 90)) * 1000 + oneOf(r, [0, 500, 900])
        : money === 'vnd' ? (45 + Math.floor(r() * 900)) * 1000
        : money === 'yen-suffix' ? 480 + Math.floor(r() * 9000)
        : Math.round((3 + r() * 420) * 100) / 100;
      return { subId: `${orderId}-${k + 1}`, name: oneOf(r, GOODS[lang]), sku: skuOf(r), qty, price, priceText: formatMoney3(price, money), lineText: formatMoney3(Math.round(price * qty * 100) / 100, money) };
    });
    const shipping = whole ? (r() < 0.5 ? 0 : money === 'won' ? 3000 : money === 'vnd' ? 25000 : 550) : (r() < 0.4 ? 0 : Math.round((2 + r() * 9) * 100) / 100);
    const total = Math.round((its.reduce((s, it) => s + it.price * it.qty, 0) + shipping) * 100) / 100;
    const shipped = ['shipped', 'delivered', 'completed', 'returned', 'refunded', 'return_requested', 'disputed'].includes(status);
    const updatedMs = placedMs + Math.floor(r() * 40 * 3600_000);
    out.push({
      id: orderId, orderId, placedMs, placedAt: new Date(placedMs).toISOString(), status, statusText,
      total, currency: currency || CURRENCY3[money], totalText: formatMoney3(total, money),
      dateText: formatDate3(placedMs, dateStyle, timeZone),
      buyer: oneOf(r, PEOPLE[lang]), phone: PHONES3[phones || lang](r),
      customerId: BUYER_IDS[con] ? BUYER_IDS[con](r) : null,
      items: its, qty: its.reduce((s, it) => s + it.qty, 0),
      tracking: shipped ? PARCELS[con](r) : null,
      pkg: con === 'tiktok' && status !== 'awaiting_payment' && status !== 'cancelled' ? '11' + num(r, 17) : null,
      invoice: null, paymentText: con === 'nop' ? NOP_PAYMENT[status] : null, refundText: formatMoney3(0, money), shippingText: formatMoney3(shipping, money),
      // a second date on the row (Date Modified, Updated at) that is not the time the order was placed
      updatedText: formatDate3(Math.min(updatedMs, nowMs - 60_000), dateStyle, timeZone),
    });
  }
  return out;
}

/** Text on the page that is not an order number and must never be read as one. */
export function decoys3Of(o) {
  return [o.tracking, o.phone, o.customerId, o.pkg, ...o.items.map((it) => it.sku)].filter(Boolean);
}
