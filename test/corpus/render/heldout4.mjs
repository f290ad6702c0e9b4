// The FOURTH blind held-out set: it stresses STRUCTURE — the markup of grid libraries and admin
// frameworks no earlier set rendered (PrimeReact, react-bootstrap, TanStack Table, Grid.js, Tabulator,
// DataTables, Handsontable, Mantine, Chakra UI) — filled with the words, id shapes, date and money
// formats and decoys of consoles no earlier set drew on. Written down on 2026-12-07 BEFORE the
// reader's dictionary (lib/extract/keys.ts), meaning.ts or lib/normalize/status.ts were read. Each
// order is the truth its cells are printed from; the reader's output never feeds back here. Words a
// seller could read two ways on these consoles (JD's 锁定/暂停, Trendyol's Yeni, Flipkart's On hold)
// are left out rather than given a guessed truth.
//
// Sources (search tool, seen 2026-12-07; `code` file ids from find_string, URLs from `pages`):
// - 京东 POP 商家后台 (zh): order_state WAIT_SELLER_STOCK_OUT 等待出库, WAIT_GOODS_RECEIVE_CONFIRM 等待确认收货,
//   FINISHED_L 完成, TRADE_CANCELED 取消, LOCKED 已锁定, PAUSE 暂停 (files 47189090667, 29150772807,
//   38356460920; jingdong.pop.order.search, file 68938859847). 12-digit order ids; split orders
//   (拆单) get child order ids of the same shape; SKU ids are long digit strings; JDV parcel numbers.
// - Amazon Seller Central Manage Orders (en-US): order ids 3-7-7 (104-3563777-5518068) and
//   14-digit order-item-ids, statuses Pending / Unshipped / Shipped / Canceled, ASIN and SKU beside the
//   product (amazon.ca …nodeId=200350680; sellercentral.amazon.com.br …/200141600;
//   amazon.com …nodeId=200168990: Pending orders must not be shipped = payment not verified).
// - Ozon Seller (ru-RU): posting states awaiting_packaging «Ожидает сборки», awaiting_deliver «Ожидает
//   отгрузки», delivering «Доставляется», delivered «Доставлено», cancelled «Отменено» (files
//   20090728965, 70144964401, 23219265586; gam6itko/ozon-seller src/Enum/Status.php); order numbers
//   NNNNNNNN-NNNN and posting numbers with a third part (…-1); "1 234,56 ₽"; "05.12.2026 14:03".
// - Trendyol Satıcı Paneli (tr-TR): package statuses Created, Picking, Invoiced, Shipped, Delivered,
//   UnDelivered, Returned, Cancelled (onurkanbakirci/Integration …/PackageStatus.cs) shown as İşleme
//   Alındı, Kargoya Verildi, Teslim Edildi, İade Edildi, İptal Edildi (Sivellexfc/paket-pilot
//   FEATURE_TRENDYOL_CANCELS.md "Kargoya Verilen"); "1.234,56 TL"; package numbers beside the order.
// - Flipkart Seller Hub (en-IN): statuses APPROVED, PACKED, READY_TO_DISPATCH, SHIPPED, DELIVERED,
//   CANCELLED, RETURN_REQUESTED, RETURNED; orderId beside orderItemId, FSN and seller SKU
//   (seller.flipkart.com/api-docs/order-api-docs/GetbyOrderItemIdsListRef.html,
//   …/DispatchOrdersRef.html); order ids OD + 18 digits; "₹1,23,456.00" Indian grouping.

// ---------- header words, by console ----------
export const HEADERS4 = {
  jd: { id: '订单编号', placedAt: '下单时间', buyer: '收货人', total: '订单金额', status: '订单状态', tracking: '运单号', sku: '商品编号', phone: '联系电话', sub: '子订单号' },
  amazon: { id: 'Order ID', placedAt: 'Order date', buyer: 'Buyer name', total: 'Order total', status: 'Order status', sku: 'SKU', asin: 'ASIN', itemId: 'Order item ID', tracking: 'Tracking ID' },
  ozon: { id: 'Номер заказа', placedAt: 'Дата оформления', buyer: 'Покупатель', total: 'Сумма', status: 'Статус', posting: 'Номер отправления', sku: 'Артикул', phone: 'Телефон' },
  trendyol: { id: 'Sipariş No', placedAt: 'Sipariş Tarihi', buyer: 'Alıcı', total: 'Tutar', status: 'Sipariş Durumu', pkg: 'Paket No', tracking: 'Kargo Takip No', sku: 'Barkod' },
  flipkart: { id: 'Order ID', placedAt: 'Order Date', buyer: 'Customer', total: 'Amount', status: 'Status', itemId: 'Order Item ID', fsn: 'FSN', sku: 'SKU', tracking: 'Tracking ID' },
};

// ---------- status words, each with the state a seller reads from it ----------
export const STATUSES4 = {
  jd: [['等待出库', 'awaiting_shipment'], ['等待确认收货', 'shipped'], ['完成', 'completed'], ['已取消', 'cancelled']],
  amazon: [['Pending', 'awaiting_payment'], ['Unshipped', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Canceled', 'cancelled']],
  ozon: [['Ожидает сборки', 'awaiting_shipment'], ['Ожидает отгрузки', 'awaiting_shipment'], ['Доставляется', 'shipped'], ['Доставлено', 'delivered'], ['Отменено', 'cancelled']],
  trendyol: [['İşleme Alındı', 'awaiting_shipment'], ['Kargoya Verildi', 'shipped'], ['Teslim Edildi', 'delivered'], ['İptal Edildi', 'cancelled'], ['İade Edildi', 'returned']],
  flipkart: [['Approved', 'awaiting_shipment'], ['Packed', 'awaiting_shipment'], ['Ready to Dispatch', 'awaiting_shipment'], ['Shipped', 'shipped'], ['Delivered', 'delivered'], ['Cancelled', 'cancelled'], ['Return Requested', 'return_requested']],
};

// ---------- seeded randomness ----------
function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const num = (r, n) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10))).join('');
const caps = (r, n) => Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(r() * 26))).join('');
const alnum = (r, n) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[Math.floor(r() * 34)]).join('');
const oneOf = (r, a) => a[Math.floor(r() * a.length)];
const two = (n) => String(n).padStart(2, '0');

// ---------- order numbers by console ----------
const IDS = {
  jd: (r) => '3' + num(r, 11),
  amazon: (r) => `1${oneOf(r, ['11', '12', '13', '14'])}-${num(r, 7)}-${num(r, 7)}`,
  ozon: (r) => `${num(r, 8)}-${String(1 + Math.floor(r() * 9)).padStart(4, '0')}`,
  trendyol: (r) => '10' + num(r, 8),
  flipkart: (r) => 'OD' + '43' + num(r, 16),
};

// ---------- local wall time ----------
function clock(ms, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' }).formatToParts(new Date(ms));
  const v = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  return { y: +v.year, mo: +v.month, d: +v.day, h: +v.hour, mi: +v.minute, s: +v.second, tz: v.timeZoneName };
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AYLAR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];

/** Date styles of these consoles. */
export function formatDate4(ms, style, timeZone) {
  const t = clock(ms, timeZone);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  const ap = t.h < 12 ? 'AM' : 'PM';
  switch (style) {
    case 'ymd-sec': return `${t.y}-${two(t.mo)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`; // 京东
    case 'amz': return `${MONTHS[t.mo - 1]} ${t.d}, ${t.y} ${h12}:${two(t.mi)} ${ap} ${t.tz}`; // Seller Central, zone abbreviation
    case 'ru-dot': return `${two(t.d)}.${two(t.mo)}.${t.y} ${two(t.h)}:${two(t.mi)}`; // Ozon
    case 'tr-long': return `${t.d} ${AYLAR[t.mo - 1]} ${t.y} ${two(t.h)}:${two(t.mi)}`; // Trendyol
    case 'in-short': return `${t.d} ${MONTHS[t.mo - 1]} ${t.y}, ${h12}:${two(t.mi)} ${ap.toLowerCase()}`; // en-IN Intl medium
    default: throw new Error('date style ' + style);
  }
}

const grp = (int, sep) => String(int).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const inGrp = (int) => { const s = String(int); if (s.length <= 3) return s; return s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' + s.slice(-3); };
/** Money styles of these consoles. */
export function formatMoney4(v, style) {
  const int = Math.floor(v + 1e-9);
  const c = two(Math.round((v - int) * 100));
  switch (style) {
    case 'fw-yen': return `￥${grp(int, ',')}.${c}`;
    case 'usd': return `$${grp(int, ',')}.${c}`;
    case 'rub': return `${grp(int, '\u00a0')},${c}\u00a0₽`;
    case 'try': return `${grp(int, '.')},${c} TL`;
    case 'inr': return `₹${inGrp(int)}.${c}`;
    default: throw new Error('money style ' + style);
  }
}
const CURRENCY4 = { 'fw-yen': 'CNY', usd: 'USD', rub: 'RUB', try: 'TRY', inr: 'INR' };

const GOODS = {
  en: ['Steel water bottle', 'Wireless mouse', 'Cotton bedsheet (double)', 'Running shoes', 'LED strip 5 m', 'Ceramic mug set', 'Backpack 25 L', 'Phone tripod'],
  zh: ['电动牙刷', '保温杯 500ml', '蓝牙耳机', '纯棉四件套', '空气炸锅', '儿童书包', '洗衣凝珠', '登山杖'],
  ru: ['Чайник электрический', 'Пуховик женский', 'Набор кастрюль', 'Наушники беспроводные', 'Термокружка', 'Постельное бельё', 'Рюкзак', 'Фен'],
  tr: ['Bluetooth kulaklık', 'Pamuklu tişört', 'Çelik termos', 'Spor ayakkabı', 'Nevresim takımı', 'Kahve makinesi', 'Sırt çantası', 'Telefon kılıfı'],
};
const PEOPLE = {
  en: ['Aarav Sharma', 'Olivia Brown', 'Noah Johnson', 'Ananya Iyer', 'Liam Davis', 'Sofia Garcia', 'Rohan Mehta', 'Chloe Wilson'],
  zh: ['王**', '李*', '张小*', '刘**', '陈*', '杨**', '赵*', '黄**'],
  ru: ['Иванова А.', 'Смирнов Д.', 'Кузнецова Е.', 'Попов И.', 'Васильева М.', 'Соколов П.', 'Морозова О.', 'Новиков С.'],
  tr: ['Ayşe Yılmaz', 'Mehmet Kaya', 'Zeynep Demir', 'Mustafa Çelik', 'Elif Şahin', 'Ahmet Yıldız', 'Fatma Öztürk', 'Emre Aydın'],
};
/** Carrier numbers each console prints (none of them an order number). */
const PARCELS = {
  jd: (r) => oneOf(r, ['JDV' + num(r, 12), 'JDVA' + num(r, 11), num(r, 12)]),
  amazon: (r) => oneOf(r, ['1Z' + alnum(r, 16), '9400' + num(r, 18), 'TBA' + num(r, 12)]),
  ozon: (r) => oneOf(r, ['RU' + num(r, 9) + 'OZ', num(r, 14)]),
  trendyol: (r) => oneOf(r, ['7' + num(r, 12), 'TY' + num(r, 10)]),
  flipkart: (r) => oneOf(r, ['FMPP' + num(r, 10), 'FMPC' + num(r, 10)]),
};
const PHONES4 = {
  zh: (r) => `1${oneOf(r, ['35', '86', '77'])}****${num(r, 4)}`,
  en: (r) => `+1 ${oneOf(r, ['206', '415', '718'])}-555-${num(r, 4)}`,
  'en-IN': (r) => `+91 ${oneOf(r, ['98', '90', '70'])}${num(r, 3)} ${num(r, 5)}`,
  ru: (r) => `+7 9${num(r, 2)} ${num(r, 3)}-${num(r, 2)}-${num(r, 2)}`,
  tr: (r) => `0 (5${num(r, 2)}) ${num(r, 3)} ${num(r, 2)} ${num(r, 2)}`,
};
const SKUS = {
  jd: (r) => '10' + num(r, 10), // JD 商品编号: long digit strings, like the order ids
  amazon: (r) => `${caps(r, 3)}-${num(r, 4)}-${oneOf(r, ['BLK', 'WHT', 'L'])}`,
  ozon: (r) => `${caps(r, 2)}${num(r, 5)}`,
  trendyol: (r) => '86' + num(r, 11), // barcode (EAN-13)
  flipkart: (r) => `${caps(r, 4)}-${num(r, 3)}`,
};

/**
 * Orders of one held-out page. `console` picks ids, status words and decoys, `dateStyle`/`money`
 * the text. Each record carries its truth (orderId, total, currency, placedMs, status) beside the
 * text printed from it, and its decoys. `subOrders` splits the items into child orders or parcels
 * with their own numbers (JD's 拆单 child orders, Amazon's order items, Ozon's postings).
 */
export function heldout4Orders({ lang, console: con, count, dateStyle, money, seed, timeZone, now, items = [1, 2], phones }) {
  const r = rng(seed);
  const nowMs = Date.parse(now);
  const out = [];
  let t = nowMs - 7 * 60_000;
  for (let i = 0; i < count; i++) {
    t -= Math.floor((20 + r() * 600) * 60_000 + r() * 59_000);
    const placedMs = t;
    const orderId = IDS[con](r);
    const [statusText, status] = oneOf(r, STATUSES4[con]);
    const n = items[0] + Math.floor(r() * (items[1] - items[0] + 1));
    const its = Array.from({ length: n }, (_, k) => {
      const qty = 1 + Math.floor(r() * 3);
      const price = money === 'inr' ? Math.round((199 + r() * 24000) * 100) / 100 : money === 'rub' ? Math.round((290 + r() * 9000) * 100) / 100 : money === 'try' ? Math.round((60 + r() * 3000) * 100) / 100 : Math.round((4 + r() * 380) * 100) / 100;
      const subId = con === 'jd' ? '3' + num(r, 11) : con === 'amazon' ? num(r, 14) : con === 'ozon' ? `${orderId}-${k + 1}` : con === 'flipkart' ? '2' + num(r, 17) : '3' + num(r, 9);
      return { subId, name: oneOf(r, GOODS[lang]), sku: SKUS[con](r), qty, price, priceText: formatMoney4(price, money), lineText: formatMoney4(Math.round(price * qty * 100) / 100, money),
        asin: con === 'amazon' ? 'B0' + alnum(r, 8) : null, fsn: con === 'flipkart' ? caps(r, 3) + alnum(r, 13) : null };
    });
    const shipping = r() < 0.5 ? 0 : money === 'inr' ? 40 : money === 'rub' ? 99 : money === 'try' ? 34.99 : Math.round((3 + r() * 9) * 100) / 100;
    const total = Math.round((its.reduce((s, it) => s + it.price * it.qty, 0) + shipping) * 100) / 100;
    const shipped = ['shipped', 'delivered', 'completed', 'returned', 'return_requested'].includes(status);
    out.push({
      id: orderId, orderId, placedMs, placedAt: new Date(placedMs).toISOString(), status, statusText,
      total, currency: CURRENCY4[money], totalText: formatMoney4(total, money), shippingText: formatMoney4(shipping, money),
      dateText: formatDate4(placedMs, dateStyle, timeZone),
      buyer: oneOf(r, PEOPLE[lang]), phone: PHONES4[phones || lang](r),
      items: its, qty: its.reduce((s, it) => s + it.qty, 0),
      tracking: shipped ? PARCELS[con](r) : null,
      pkg: con === 'trendyol' ? '3' + num(r, 9) : null,
    });
  }
  return out;
}

/** Text on the page that is not an order number and must never be read as one. */
export function decoys4Of(o) {
  return [o.tracking, o.phone, o.pkg, ...o.items.flatMap((it) => [it.sku, it.asin, it.fsn, it.subId === o.orderId ? null : it.subId])].filter(Boolean);
}
