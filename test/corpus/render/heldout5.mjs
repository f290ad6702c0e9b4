// The FIFTH blind held-out set: order lists of consoles no earlier set drew on (Mercado Livre Brasil,
// Mercado Libre México, Shopee Thailand, Tokopedia, a Saudi and an Egyptian Arabic store admin, bol.com,
// 闲鱼), in shapes no earlier set rendered: order numbers as links with a copy icon, statuses as
// coloured tags with a tooltip (one of them open, so its text sits at the end of <body>), totals split
// in two cells (amount | currency, or a bare amount under a "(元)" header), dates on two lines
// (date / time), right-to-left pages, Arabic-Indic digits, Thai Buddhist-era years, Indonesian invoice
// numbers with slashes, "R$ 1.234,56", "฿1,234.00", "Rp1.234.567", "1,234.56 ر.س", "€ 1.234,56", and
// pages that mix English headers with local status words.
// Written down on 2026-12-07 BEFORE the reader's dictionaries (lib/extract/keys.ts, keys-world.ts,
// lib/normalize/status.ts, money.ts, sniff.ts, meaning.ts) were read. Each order is the truth its cells
// are printed from; the reader's output never feeds back here. A word a seller could read two ways on
// these consoles (Mercado Livre's "Pago", Arabic "قيد الانتظار" = pending payment or pending handling,
// bol.com's "Retour", Etsy's "New"/"Completed") is left out rather than given a guessed truth.
//
// This one file is the whole set: the orders, the pages (React component libraries pinned in
// ./react/package.json, bundled from the sources below with esbuild) and the renderer, which writes
// test/fixtures/corpus/react-*-heldout5-*.{html,json} (or test/corpus/pending/ for a page marked
// pending; `joined` says how a page that waited came to be read). Run: node test/corpus/render/heldout5.mjs [name-filter]   (needs /usr/bin/chromium)
//
// Sources (search tool, seen 2026-12-07; `code` results by repository/path, `pages`/`docs` by URL):
// - Mercado Livre (pt-BR): order ids of 16 digits starting 2000 and pack_id of the same shape
//   (developers.mercadolivre.com.br/gerenciamento-de-vendas: "id": 2000003508897196, "pack_id":
//   2000003508553677); shipments have their own ids (…/gerenciamento-de-envios); statuses shown as
//   Aguardando pagamento, Pronto para envio, Enviado, Entregue, Cancelado (wolfxweb/apiwolfx
//   STATUS_MERCADO_LIVRE.md; the Portuguese status map in a `code` result "ML_STATUS_MAP"; a shipping
//   enum "READY_TO_SHIP … Pronto para envio"), "A Caminho" = in transit
//   (proximitymarketing4u.com/blog/mercado-livre-your-guide-to-1763304051980). Listing ids MLB + digits.
// - Mercado Libre (es-MX): same id shapes; Spanish sale states Enviada, Entregada, Cancelada
//   (aguayo-co/PLV-RWS-LARAVEL-DOCKER docs/sales-description.md), "Lista para enviar" for ML's
//   ready_to_ship; amount and currency code in separate cells as report grids print them.
// - Shopee (th-TH): order_sn strings and states UNPAID, READY_TO_SHIP, SHIPPED, COMPLETED, CANCELLED
//   (app.unpkg.com/shopee-openapi-v2@1.0.39/files/dist/order.d.ts; ComaGear/shopeesalescoverter
//   ShopeeOrderStatus.java "To ship", "Shipping", "Completed"); Thai status words รอชำระเงิน,
//   รอการจัดส่ง, กำลังจัดส่ง, จัดส่งสำเร็จ, สำเร็จ, ยกเลิก (numchew/omp-bo-ui src/Libs/Constants/enum.ts;
//   shopdit.com learning-center สถานะออเดอร์; us.battle.net/support/th/article/201099 "ยกเลิกแล้ว");
//   Shopee's own tab word ที่ต้องจัดส่ง ("To ship"). Order sn = yymmdd + 8 letters/digits.
//   th-TH Intl dates use the Buddhist era (2569 for 2026), as a console calling toLocaleString prints.
// - Tokopedia (id-ID): invoice numbers INV/20230603/MPL/3269414873 (nuaaaar/toko-nur-rahma
//   resources/views/invoice.blade.php); statuses Pesanan Baru, Siap Dikirim, Dalam Pengiriman,
//   Pesanan Selesai (KevinIvander/forstok_doc knowledge-base/sales-orders/order-status-mapping.md),
//   Dibatalkan (`code` results: order controllers with 'dibatalkan'); "Rp1.234.567", WIB times.
// - Saudi store admin (Salla/Zid style, ar-SA, RTL): Arabic statuses قيد المعالجة, تم الشحن, تم التوصيل,
//   مكتمل, ملغي (MunaRamadi/kidtreasure lang/ar/orders.php; Rouxianrenxin/Laraship …/lang/ar/status.php;
//   adhm-dell/E-commerce-prepared-for-production backend/lang/ar/orders.php), "تم الإلغاء"
//   (an Egyptian status file in the same search); SAR shown as ر.س; Gregorian dates with Latin digits.
// - Egyptian store admin (ar-EG): Intl's ar-EG formatting (CLDR) prints Arabic-Indic digits for
//   dates and money ("١٬٢٣٤٫٥٦ ج.م.‏"), as a console calling toLocaleString('ar-EG') shows them.
// - bol.com (nl-NL): orders by orderId with orderItemIds and EANs, status OPEN / SHIPPED / ALL
//   (pipedream.com/apps/bol-com/actions/get-order.md → api.bol.com retailer v10 redoc;
//   pypi.org/project/python-bol-retailer-api/0.5.5); Dutch words Openstaand, Verzonden, Geannuleerd,
//   Afgeleverd; "€ 1.234,56"; PostNL 3S barcodes.
// - 闲鱼 (zh-CN): Taobao trade states 等待买家付款, 等待卖家发货, 卖家已发货, 交易成功, 交易关闭
//   (289048093/krqsteward2.0 …/TbOrderStatus.java; lexwu2012/DDD.Template …/TradeStatus.cs).
import { fileURLToPath } from 'node:url';
import { renderSet } from './heldout-render.mjs';
import { rng, num, digits, caps, alnum, oneOf, two, clock, grp, units } from './seeded.mjs';

// ---------- local wall time ----------
const BULAN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** The lines a date cell shows (one, or date then time), by console style. */
export function formatDate5(ms, style, timeZone) {
  const t = clock(ms, timeZone);
  const intl = (loc, o) => new Intl.DateTimeFormat(loc, { timeZone, ...o }).format(new Date(ms));
  switch (style) {
    case 'br-medium': return [intl('pt-BR', { dateStyle: 'medium', timeStyle: 'short' })]; // "5 de dez. de 2026, 14:03"
    case 'br-two': return [`${two(t.d)}/${two(t.mo)}/${t.y}`, `${two(t.h)}:${two(t.mi)} hs`];
    case 'mx': return [intl('es-MX', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })];
    case 'th-slash': return [`${two(t.d)}/${two(t.mo)}/${t.y} ${two(t.h)}:${two(t.mi)}`];
    case 'th-be': return [intl('th-TH', { dateStyle: 'medium', timeStyle: 'short' })]; // "5 ธ.ค. 2569 14:03"
    case 'id-wib': return [`${t.d} ${BULAN[t.mo - 1]} ${t.y}, ${two(t.h)}:${two(t.mi)} WIB`];
    case 'id-two': return [`${t.d} ${BULAN[t.mo - 1]} ${t.y}`, `${two(t.h)}:${two(t.mi)} WIB`];
    case 'ar-sa': return [intl('ar-SA-u-nu-latn-ca-gregory', { year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: '2-digit' })];
    case 'ar-eg': return [intl('ar-EG', { year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: '2-digit' })];
    case 'ar-eg-two': return [intl('ar-EG', { year: 'numeric', month: 'long', day: 'numeric' }), intl('ar-EG', { hour: 'numeric', minute: '2-digit' })];
    case 'nl': return [intl('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })];
    case 'nl-two': return [`${two(t.d)}-${two(t.mo)}-${t.y}`, `${two(t.h)}:${two(t.mi)}`];
    case 'zh-two': return [`${t.y}-${two(t.mo)}-${two(t.d)}`, `${two(t.h)}:${two(t.mi)}:${two(t.s)}`];
    case 'zh': return [`${t.y}-${two(t.mo)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`];
    default: throw new Error('date style ' + style);
  }
}

/** Money as each console prints it: the whole text, and the amount and currency cells of split layouts. */
export function formatMoney5(v, style) {
  const { int, c } = units(v);
  switch (style) {
    case 'brl': return { text: `R$ ${grp(int, '.')},${c}` };
    case 'mxn-split': return { text: `$ ${grp(int, ',')}.${c} MXN`, amount: `$ ${grp(int, ',')}.${c}`, currency: 'MXN' };
    case 'thb': return { text: `฿${grp(int, ',')}.${c}` };
    case 'idr': return { text: `Rp${grp(Math.round(v), '.')}` };
    case 'sar': return { text: `${grp(int, ',')}.${c} ر.س` };
    case 'sar-code': return { text: `SAR ${grp(int, ',')}.${c}` };
    case 'egp': return { text: new Intl.NumberFormat('ar-EG', { style: 'currency', currency: 'EGP' }).format(v) };
    case 'eur-nl': return { text: `€ ${grp(int, '.')},${c}` };
    case 'eur-split': return { text: `${grp(int, '.')},${c} EUR`, amount: `${grp(int, '.')},${c}`, currency: 'EUR' };
    case 'cny-bare': return { text: `${grp(int, ',')}.${c}`, amount: `${grp(int, ',')}.${c}` };
    case 'cny': return { text: `¥${grp(int, ',')}.${c}` };
    default: throw new Error('money style ' + style);
  }
}
const CURRENCY5 = { brl: 'BRL', 'mxn-split': 'MXN', thb: 'THB', idr: 'IDR', sar: 'SAR', 'sar-code': 'SAR', egp: 'EGP', 'eur-nl': 'EUR', 'eur-split': 'EUR', 'cny-bare': 'CNY', cny: 'CNY' };

// ---------- status words, each with the state a seller reads from it ----------
export const STATUSES5 = {
  mlbr: [['Aguardando pagamento', 'awaiting_payment'], ['Pronto para envio', 'awaiting_shipment'], ['Enviado', 'shipped'], ['A caminho', 'shipped'], ['Entregue', 'delivered'], ['Cancelado', 'cancelled']],
  mlmx: [['Lista para enviar', 'awaiting_shipment'], ['Enviada', 'shipped'], ['Entregada', 'delivered'], ['Cancelada', 'cancelled']],
  shopeeth: [['รอชำระเงิน', 'awaiting_payment'], ['ที่ต้องจัดส่ง', 'awaiting_shipment'], ['รอการจัดส่ง', 'awaiting_shipment'], ['กำลังจัดส่ง', 'shipped'], ['จัดส่งสำเร็จ', 'delivered'], ['สำเร็จแล้ว', 'completed'], ['ยกเลิกแล้ว', 'cancelled']],
  tokopedia: [['Pesanan Baru', 'awaiting_shipment'], ['Siap Dikirim', 'awaiting_shipment'], ['Dalam Pengiriman', 'shipped'], ['Pesanan Selesai', 'completed'], ['Dibatalkan', 'cancelled']],
  salla: [['قيد المعالجة', 'awaiting_shipment'], ['تم الشحن', 'shipped'], ['تم التوصيل', 'delivered'], ['مكتمل', 'completed'], ['ملغي', 'cancelled']],
  egypt: [['قيد المعالجة', 'awaiting_shipment'], ['تم الشحن', 'shipped'], ['تم التوصيل', 'delivered'], ['تم الإلغاء', 'cancelled']],
  bol: [['Openstaand', 'awaiting_shipment'], ['Verzonden', 'shipped'], ['Afgeleverd', 'delivered'], ['Geannuleerd', 'cancelled']],
  xianyu: [['等待买家付款', 'awaiting_payment'], ['等待卖家发货', 'awaiting_shipment'], ['卖家已发货', 'shipped'], ['交易成功', 'completed'], ['交易关闭', 'cancelled']],
};

// ---------- order numbers, by console (the placed time for those that carry a date) ----------
const IDS = {
  mlbr: (r) => '2000' + digits(r, 12),
  mlmx: (r) => '2000' + digits(r, 12),
  shopeeth: (r, t) => `${String(t.y).slice(2)}${two(t.mo)}${two(t.d)}${alnum(r, 8)}`,
  tokopedia: (r, t) => `INV/${t.y}${two(t.mo)}${two(t.d)}/MPL/${num(r, 10)}`,
  salla: (r) => num(r, 9),
  egypt: (r) => '3' + digits(r, 8),
  bol: (r) => '1' + digits(r, 9),
  xianyu: (r) => '4' + digits(r, 18),
};
/** Carrier numbers each console prints (none of them an order number). */
const PARCELS = {
  mlbr: (r) => oneOf(r, ['BR' + num(r, 9) + 'ML', 'LP' + num(r, 12)]),
  mlmx: (r) => oneOf(r, ['MEL' + num(r, 10) + 'FMXDO01', num(r, 12)]),
  shopeeth: (r) => oneOf(r, ['SPXTH0' + digits(r, 11), 'TH' + num(r, 11) + 'A', 'KERTH' + num(r, 9)]),
  tokopedia: (r) => oneOf(r, ['JP' + num(r, 10), '00' + digits(r, 10), 'TKP01-' + alnum(r, 8)]),
  salla: (r) => oneOf(r, ['29' + digits(r, 10), num(r, 10)]),
  egypt: (r) => oneOf(r, ['EG' + num(r, 10), num(r, 11)]),
  bol: (r) => '3SBOL' + alnum(r, 10),
  xianyu: (r) => oneOf(r, ['SF' + num(r, 12), 'YT' + num(r, 13), '7' + digits(r, 14)]),
};
const PHONES = {
  mlbr: (r) => `(${oneOf(r, ['11', '21', '31'])}) 9${num(r, 4)}-${digits(r, 4)}`,
  mlmx: (r) => `+52 55 ${num(r, 4)} ${digits(r, 4)}`,
  shopeeth: (r) => `0${oneOf(r, ['81', '86', '92'])}-${digits(r, 3)}-${digits(r, 4)}`,
  tokopedia: (r) => `08${oneOf(r, ['12', '13', '57'])}-${digits(r, 4)}-${digits(r, 4)}`,
  salla: (r) => `+966 5${digits(r, 1)} ${digits(r, 3)} ${digits(r, 4)}`,
  egypt: (r) => `+20 1${oneOf(r, ['0', '1', '2'])} ${digits(r, 4)} ${digits(r, 4)}`,
  bol: (r) => `06-${digits(r, 8)}`,
  xianyu: (r) => `1${oneOf(r, ['36', '58', '89'])}****${digits(r, 4)}`,
};
const SKUS = {
  mlbr: (r) => 'MLB' + num(r, 10), // listing ids
  mlmx: (r) => 'MLM' + num(r, 10),
  shopeeth: (r) => `${caps(r, 3)}-${num(r, 3)}`,
  tokopedia: (r) => `SKU-${caps(r, 2)}${num(r, 4)}`,
  salla: (r) => `${caps(r, 2)}-${num(r, 5)}`,
  egypt: (r) => `${caps(r, 2)}${num(r, 6)}`,
  bol: (r) => '87' + digits(r, 11), // EAN-13
  xianyu: (r) => '6' + digits(r, 11), // 商品 id
};
const GOODS = {
  pt: ['Fone Bluetooth', 'Garrafa térmica 1L', 'Capa para celular', 'Tênis de corrida', 'Jogo de lençol', 'Luminária LED', 'Mochila escolar', 'Cafeteira elétrica'],
  es: ['Audífonos inalámbricos', 'Termo de acero', 'Funda para celular', 'Tenis para correr', 'Juego de sábanas', 'Lámpara LED', 'Mochila', 'Cafetera'],
  th: ['หูฟังบลูทูธ', 'กระติกน้ำสแตนเลส', 'เคสโทรศัพท์', 'รองเท้าวิ่ง', 'ชุดผ้าปูที่นอน', 'โคมไฟ LED', 'กระเป๋าเป้', 'หม้อทอดไร้น้ำมัน'],
  id: ['Headset Bluetooth', 'Botol minum 1L', 'Casing HP', 'Sepatu lari', 'Sprei katun', 'Lampu LED', 'Tas ransel', 'Rice cooker'],
  ar: ['سماعة بلوتوث', 'قارورة حرارية', 'غطاء جوال', 'حذاء رياضي', 'طقم شراشف', 'مصباح LED', 'حقيبة ظهر', 'قلاية هوائية'],
  nl: ['Draadloze oordopjes', 'Thermosfles 1 L', 'Telefoonhoesje', 'Hardloopschoenen', 'Dekbedovertrek', 'LED-lamp', 'Rugzak', 'Koffiezetapparaat'],
  zh: ['二手机械键盘', '九成新相机', '闲置登山包', '复古台灯', '全新蓝牙耳机', '收纳箱', '自行车头盔', '咖啡手冲壶'],
};
const PEOPLE = {
  pt: ['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Diego Rocha', 'Elisa Santos', 'Felipe Alves', 'Gabriela Costa', 'Henrique Dias'],
  es: ['María López', 'José Hernández', 'Lucía Martínez', 'Carlos Ramírez', 'Sofía Torres', 'Diego Flores', 'Valeria Cruz', 'Andrés Morales'],
  th: ['สมชาย ใจดี', 'สุดา แก้วมณี', 'วิชัย ศรีสุข', 'พรทิพย์ บุญมา', 'อนันต์ ทองดี', 'นภา รุ่งเรือง'],
  id: ['Budi Santoso', 'Siti Rahayu', 'Agus Wijaya', 'Dewi Lestari', 'Rizky Pratama', 'Putri Ayu'],
  ar: ['محمد العتيبي', 'سارة القحطاني', 'أحمد حسن', 'نورة الشمري', 'خالد إبراهيم', 'مريم علي'],
  nl: ['Jan de Vries', 'Sanne Jansen', 'Pieter Bakker', 'Emma Visser', 'Daan Smit', 'Lotte de Boer'],
  zh: ['闲鱼用户_8k2', '小*同学', 'tb_23**', '阿*', '爱吃鱼的猫', '张**'],
};
const LANG_OF = { mlbr: 'pt', mlmx: 'es', shopeeth: 'th', tokopedia: 'id', salla: 'ar', egypt: 'ar', bol: 'nl', xianyu: 'zh' };
const PRICE = { brl: [20, 900], 'mxn-split': [90, 3500], thb: [79, 4500], idr: [25000, 1500000], sar: [19, 900], 'sar-code': [19, 900], egp: [120, 9000], 'eur-nl': [5, 250], 'eur-split': [5, 250], 'cny-bare': [15, 1800], cny: [15, 1800] };
const SHIP_FEE = { brl: 19.9, 'mxn-split': 99, thb: 38, idr: 18000, sar: 25, 'sar-code': 25, egp: 45, 'eur-nl': 0, 'eur-split': 0, 'cny-bare': 10, cny: 10 };

/**
 * Orders of one page. Each record carries its truth (orderId, total, currency, placedMs, status)
 * beside the texts printed from it, and its decoys (tracking, phone, listing/SKU/EAN, shipment,
 * pack and order-item numbers).
 */
export function heldout5Orders({ console: con, count, dateStyle, money, seed, timeZone, now, items = [1, 2], tip }) {
  const r = rng(seed);
  const lang = LANG_OF[con];
  const nowMs = Date.parse(now);
  const out = [];
  let t = nowMs - 9 * 60_000;
  for (let i = 0; i < count; i++) {
    t -= Math.floor((25 + r() * 540) * 60_000 + r() * 59_000);
    const placedMs = t;
    const orderId = IDS[con](r, clock(placedMs, timeZone));
    const [statusText, status] = oneOf(r, STATUSES5[con]);
    const n = items[0] + Math.floor(r() * (items[1] - items[0] + 1));
    const [lo, hi] = PRICE[money];
    const its = Array.from({ length: n }, () => {
      const qty = 1 + Math.floor(r() * 2);
      const price = money === 'idr' ? Math.round((lo + r() * (hi - lo)) / 100) * 100 : Math.round((lo + r() * (hi - lo)) * 100) / 100;
      return { name: oneOf(r, GOODS[lang]), sku: SKUS[con](r), qty, price, priceText: formatMoney5(price, money).text, subId: '2' + digits(r, 9) };
    });
    const shipping = r() < 0.5 ? 0 : SHIP_FEE[money];
    const total = Math.round((its.reduce((s, it) => s + it.price * it.qty, 0) + shipping) * 100) / 100;
    const m = formatMoney5(total, money);
    const shipped = ['shipped', 'delivered', 'completed'].includes(status);
    const dateLines = formatDate5(placedMs, dateStyle, timeZone);
    const due = clock(placedMs + 2 * 86_400_000, timeZone);
    out.push({
      orderId, placedMs, status, statusText, total, currency: CURRENCY5[money],
      totalText: m.text, amountText: m.amount ?? m.text, currencyText: m.currency ?? '',
      shippingText: formatMoney5(shipping, money).text, dateLines, dateText: dateLines.join(' '),
      buyer: oneOf(r, PEOPLE[lang]), phone: PHONES[con](r), items: its,
      tracking: shipped ? PARCELS[con](r) : null,
      shipment: con.startsWith('ml') ? '4' + digits(r, 10) : null,
      pack: con.startsWith('ml') && r() < 0.4 ? '2000' + digits(r, 12) : null,
      // the tooltip over the status tag: the ship-by day as consoles word it (no year, no amount)
      tip: tip ? tip.replace('{d}', two(due.d)).replace('{m}', two(due.mo)) : null,
    });
  }
  return out;
}

/** Text on the page that is not an order number and must never be read as one. */
export function decoys5Of(o) {
  return [o.tracking, o.phone, o.shipment, o.pack, ...o.items.flatMap((it) => [it.sku])].filter(Boolean);
}

// ---------- the pages ----------
const col = (key, kind, title, more = {}) => ({ key, kind, title, ...more });
export const HELDOUT5_PAGES = [
  { name: 'react-antd-heldout5-mlbr-links', joined: 'first score 0 of 15 (the time under each date not read, A caminho/Enviado/Pronto para envio unknown); words read since; read since bd5909d by lib/extract/meaning.ts CLOCK_ONLY taking "14:03 hs" as the time line under a date', lib: 'antd', config: 'table', language: 'pt-BR', timeZone: 'America/Sao_Paulo', now: '2026-12-06T16:40', title: 'Vendas | Mercado Livre',
    configuration: 'fifth held-out set (Mercado Livre Brasil): Ant Design table, order numbers as links with a copy button, dates on two lines (05/12/2026 / 14:03 hs), status tags with a tooltip (the first open, its "Despachar até" text at the end of <body>), "R$ 1.234,56", MLB listing ids, Envio ids, (11) 9xxxx-xxxx phones',
    seed: 9701, gen: { console: 'mlbr', count: 15, dateStyle: 'br-two', money: 'brl', tip: 'Despachar até {d}/{m}' },
    options: { heading: 'Vendas', locale: 'pt_BR', idPrefix: '#', columns: [
      col('id', 'id', 'Venda'), col('placed', 'placed', 'Data da venda'), col('items', 'itemsSku', 'Anúncio'), col('buyer', 'buyerPhone', 'Comprador'),
      col('shipment', 'shipment', 'Envio'), col('status', 'status', 'Status'), col('total', 'total', 'Total', { align: 'right' }),
    ] } },
  { name: 'react-antd-heldout5-mlbr-blocks', joined: 'first score 0 of 13 (no order list found); read since 14a99bb by lib/extract/meaning.ts ORDER_LABEL taking "Venda #" as an order number\'s label', lib: 'antd', config: 'blocks', language: 'pt-BR', timeZone: 'America/Sao_Paulo', now: '2026-12-06T11:15', title: 'Minhas vendas | Mercado Livre',
    configuration: 'fifth held-out set (Mercado Livre Brasil): one Ant Design card per sale (no table): "Venda #2000…" with a copy button, "Pacote #2000…" of the same 16-digit shape on cart sales, "5 de dez. de 2026, 14:03", items with MLB listing ids, status tag, "Total R$ 1.234,56", Envio ids and tracking codes',
    seed: 9702, gen: { console: 'mlbr', count: 13, dateStyle: 'br-medium', money: 'brl', items: [1, 3] },
    options: { heading: 'Vendas', locale: 'pt_BR', labels: { id: 'Venda #', pack: 'Pacote #', total: 'Total', shipment: 'Envio ', tracking: 'Rastreio ' } } },
  { name: 'react-mui-heldout5-mlmx-split', lib: 'mui', config: 'table', language: 'es-MX', timeZone: 'America/Mexico_City', now: '2026-12-06T13:20', title: 'Ventas | Mercado Libre',
    configuration: 'fifth held-out set (Mercado Libre México): MUI table, the total split in two cells ("$ 1,234.56" | "MXN"), "5 dic 2026, 14:03", status chips with a tooltip (MUI puts its text in the chip\'s aria-label), MLM listing ids, shipment ids, +52 phones',
    seed: 9703, gen: { console: 'mlmx', count: 14, dateStyle: 'mx', money: 'mxn-split', tip: 'Despachar antes del {d}/{m}' },
    options: { heading: 'Ventas', columns: [
      col('id', 'id', 'N.º de venta'), col('placed', 'placed', 'Fecha'), col('items', 'itemsSku', 'Publicación'), col('buyer', 'buyer', 'Comprador'),
      col('status', 'status', 'Estado'), col('amount', 'amount', 'Total', { align: 'right' }), col('currency', 'currency', 'Moneda'), col('tracking', 'tracking', 'Guía'),
    ] } },
  { name: 'react-semi-heldout5-shopeeth', firstScore: 'first score 0 of 15: no paid amount read from "฿1,234.00"', lib: 'semi', config: 'table', language: 'th-TH', timeZone: 'Asia/Bangkok', now: '2026-12-06T15:05', title: 'คำสั่งซื้อของฉัน | Shopee Seller Centre',
    configuration: 'fifth held-out set (Shopee Thailand, Thai): Semi Design table, order sn (yymmdd + 8) as links with a copy button, Thai status tags with a tooltip, "฿1,234.00", "05/12/2026 14:03", SPX/Kerry tracking numbers, 08x phones, SKUs',
    seed: 9704, gen: { console: 'shopeeth', count: 15, dateStyle: 'th-slash', money: 'thb', tip: 'จัดส่งภายใน {d}/{m}' },
    options: { heading: 'คำสั่งซื้อของฉัน', columns: [
      col('id', 'id', 'หมายเลขคำสั่งซื้อ'), col('items', 'itemsSku', 'สินค้า'), col('total', 'total', 'ยอดคำสั่งซื้อ'), col('status', 'status', 'สถานะ'),
      col('placed', 'placed', 'วันที่สั่งซื้อ'), col('buyer', 'buyerPhone', 'ผู้ซื้อ'), col('tracking', 'tracking', 'หมายเลขติดตามพัสดุ'),
    ] } },
  { name: 'react-arco-heldout5-shopeeth-mixed', firstScore: 'first score 0 of 14: no order time read from Thai Buddhist-era dates ("5 ธ.ค. 2569 14:03")', lib: 'arco', config: 'table', language: 'th-TH', timeZone: 'Asia/Bangkok', now: '2026-12-06T20:30', title: 'My Orders | Shopee Seller Centre',
    configuration: 'fifth held-out set (Shopee Thailand, mixed languages): Arco table with English headers (the console\'s English UI) over Thai status words and Thai Buddhist-era dates ("5 ธ.ค. 2569 14:03", Intl th-TH), "฿1,234.00", order sn with a copy button, tracking numbers, SKUs',
    seed: 9705, gen: { console: 'shopeeth', count: 14, dateStyle: 'th-be', money: 'thb' },
    options: { heading: 'My Orders', columns: [
      col('id', 'id', 'Order ID'), col('items', 'itemsSku', 'Product(s)'), col('total', 'total', 'Order Total'), col('status', 'status', 'Status'),
      col('placed', 'placed', 'Order Time'), col('tracking', 'tracking', 'Tracking Number'),
    ] } },
  { name: 'react-mantine-heldout5-tokopedia', joined: 'first score 0 of 15 with 15 false orders (SKU codes); no false order since; read since bd5909d by lib/extract/meaning.ts DECOY_HEADER letting "No. Invoice" name the order number and CLOCK_ONLY taking "14:03 WIB" as the time line; Pesanan Baru stays unknown on purpose', lib: 'mantine', config: 'table', language: 'id-ID', timeZone: 'Asia/Jakarta', now: '2026-12-06T10:45', title: 'Daftar Pesanan | Tokopedia Seller',
    configuration: 'fifth held-out set (Tokopedia, Indonesian): Mantine table, invoice numbers INV/20261205/MPL/… as anchors with a copy action icon, dates on two lines (5 Des 2026 / 14:03 WIB), "Rp1.234.567", J&T/SiCepat resi numbers, 08xx phones, SKUs',
    seed: 9706, gen: { console: 'tokopedia', count: 15, dateStyle: 'id-two', money: 'idr' },
    options: { heading: 'Daftar Pesanan', columns: [
      col('id', 'id', 'No. Invoice'), col('placed', 'placed', 'Tanggal'), col('items', 'itemsSku', 'Produk'), col('buyer', 'buyerPhone', 'Pembeli'),
      col('total', 'total', 'Total Bayar', { align: 'right' }), col('status', 'status', 'Status'), col('tracking', 'tracking', 'No. Resi'),
    ] } },
  { name: 'react-antd-heldout5-tokopedia-blocks', joined: 'first score 0 of 13 (no order list found); 11 of 13 since lib/extract/meaning.ts unlabelledCards reads a card headed by its invoice number alone (INV/…/MPL/…); Pesanan Baru stays unknown on purpose', lib: 'antd', config: 'blocks', language: 'id-ID', timeZone: 'Asia/Jakarta', now: '2026-12-06T19:10', title: 'Pesanan | Tokopedia Seller',
    configuration: 'fifth held-out set (Tokopedia, Indonesian): one Ant Design card per order, the invoice number with a copy button and "5 Des 2026, 14:03 WIB" in the card head, items with SKUs, status tag, "Total Belanja Rp1.234.567", resi numbers',
    seed: 9707, gen: { console: 'tokopedia', count: 13, dateStyle: 'id-wib', money: 'idr', items: [1, 3] },
    options: { heading: 'Pesanan', locale: 'id_ID', labels: { id: '', total: 'Total Belanja ', tracking: 'No. Resi ' } } },
  { name: 'react-primereact-heldout5-salla-rtl', firstScore: 'first score 0 of 14: no order time read from Intl ar-SA dates (right-to-left marks, م/ص)', lib: 'primereact', config: 'table', language: 'ar-SA', timeZone: 'Asia/Riyadh', now: '2026-12-06T21:00', title: 'الطلبات | لوحة التحكم', rtl: true,
    configuration: 'fifth held-out set (Saudi store admin, Arabic, right to left): PrimeReact DataTable in an RTL page, order numbers "#218547362" as links with a copy button, Arabic status tags with a tooltip (title), "1,234.56 ر.س", Gregorian dates with Latin digits from Intl ar-SA (with its right-to-left marks, "م"/"ص"), SMSA/Aramex numbers, +966 phones',
    seed: 9708, gen: { console: 'salla', count: 14, dateStyle: 'ar-sa', money: 'sar', tip: 'آخر موعد للشحن {d}/{m}' },
    options: { heading: 'الطلبات', idPrefix: '#', columns: [
      col('id', 'id', 'رقم الطلب'), col('placed', 'placed', 'تاريخ الطلب'), col('buyer', 'buyerPhone', 'العميل'), col('items', 'itemsSku', 'المنتجات'),
      col('total', 'total', 'الإجمالي'), col('status', 'status', 'حالة الطلب'), col('tracking', 'tracking', 'رقم الشحنة'),
    ] } },
  { name: 'react-bootstrap-heldout5-egypt-digits', firstScore: 'first score 0 of 13: no order time read from Arabic-Indic digits', lib: 'bootstrap', config: 'table', language: 'ar-EG', timeZone: 'Africa/Cairo', now: '2026-12-06T17:25', title: 'الطلبات - لوحة البائع', rtl: true,
    configuration: 'fifth held-out set (Egyptian store admin, Arabic, right to left): react-bootstrap table with Arabic-Indic digits in every date and amount (Intl ar-EG: "٠٥/١٢/٢٠٢٦، ٢:٠٣ م", "١٬٢٣٤٫٥٦ ج.م.‏"), Latin-digit order numbers, badges with a title, tracking numbers, +20 phones',
    seed: 9709, gen: { console: 'egypt', count: 13, dateStyle: 'ar-eg', money: 'egp', tip: 'يشحن قبل {d}/{m}' },
    options: { heading: 'الطلبات', columns: [
      col('id', 'id', 'رقم الطلب'), col('placed', 'placed', 'التاريخ'), col('buyer', 'buyerPhone', 'العميل'), col('items', 'itemsSku', 'المنتجات'),
      col('total', 'total', 'المبلغ'), col('status', 'status', 'الحالة'), col('tracking', 'tracking', 'رقم التتبع'),
    ] } },
  { name: 'react-antd-heldout5-egypt-twoline', joined: 'first score 0 of 13 (no order time read); dates read since; read since bd5909d by lib/extract/meaning.ts CLOCK_ONLY taking "٢:٠٣ م" (Arabic-Indic digits, م) as the time line under a date', lib: 'antd', config: 'table', language: 'ar-EG', timeZone: 'Africa/Cairo', now: '2026-12-06T12:50', title: 'إدارة الطلبات', rtl: true,
    configuration: 'fifth held-out set (Egyptian store admin, Arabic, right to left): Ant Design table in RTL direction, dates on two lines with the Arabic month name and Arabic-Indic digits ("٥ ديسمبر ٢٠٢٦" / "٢:٠٣ م"), amounts "١٬٢٣٤٫٥٦ ج.م.‏", order numbers with a copy button',
    seed: 9710, gen: { console: 'egypt', count: 13, dateStyle: 'ar-eg-two', money: 'egp' },
    options: { heading: 'إدارة الطلبات', locale: 'ar_EG', columns: [
      col('id', 'id', 'رقم الطلب'), col('placed', 'placed', 'تاريخ الطلب'), col('items', 'itemsSku', 'المنتجات'), col('total', 'total', 'الإجمالي'),
      col('status', 'status', 'الحالة'), col('buyer', 'buyerPhone', 'العميل'),
    ] } },
  { name: 'react-polaris-heldout5-bol', firstScore: 'first score 0 of 14: Dutch status words unknown (Openstaand, Verzonden, Afgeleverd, Geannuleerd)', lib: 'polaris', config: 'table', language: 'nl-NL', timeZone: 'Europe/Amsterdam', now: '2026-12-06T14:35', title: 'Bestellingen | bol.com Verkopersplatform',
    configuration: 'fifth held-out set (bol.com, Dutch): Polaris IndexTable, 10-digit order numbers as links beside 10-digit order-item numbers and EAN-13 codes, "€ 1.234,56", "5 dec 2026, 14:03", PostNL 3S barcodes, 06 phones',
    seed: 9711, gen: { console: 'bol', count: 14, dateStyle: 'nl', money: 'eur-nl' },
    options: { heading: 'Bestellingen', columns: [
      col('id', 'id', 'Bestelnummer'), col('sub', 'subIds', 'Orderregel'), col('ean', 'skus', 'EAN'), col('placed', 'placed', 'Besteldatum'),
      col('total', 'total', 'Totaalbedrag'), col('status', 'status', 'Status'), col('tracking', 'tracking', 'Track & trace'),
    ] } },
  { name: 'react-mui-heldout5-bol-split', firstScore: 'first score 0 of 14: Dutch status words unknown', lib: 'mui', config: 'table', language: 'nl-NL', timeZone: 'Europe/Amsterdam', now: '2026-12-06T09:55', title: 'Orders | bol.com',
    configuration: 'fifth held-out set (bol.com, Dutch): MUI table, amount and currency in two cells ("1.234,56" | "EUR"), dates on two lines ("05-12-2026" / "14:03"), status chips with a tooltip, EANs, order-item numbers, track & trace codes',
    seed: 9712, gen: { console: 'bol', count: 14, dateStyle: 'nl-two', money: 'eur-split', tip: 'Uiterste verzenddatum {d}-{m}' },
    options: { heading: 'Orders', columns: [
      col('id', 'id', 'Bestelnummer'), col('placed', 'placed', 'Besteld op'), col('items', 'itemsSku', 'Artikel'), col('sub', 'subIds', 'Orderregel'),
      col('amount', 'amount', 'Bedrag', { align: 'right' }), col('currency', 'currency', 'Valuta'), col('status', 'status', 'Status'),
    ] } },
  { name: 'react-fusion-heldout5-xianyu', lib: 'fusion', config: 'table', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-06T22:10', title: '我卖出的 - 闲鱼',
    configuration: 'fifth held-out set (闲鱼, Chinese): Fusion Next table, 19-digit order numbers as links with a copy icon, dates on two lines (2026-12-05 / 14:03:22), a bare amount under "实收款(元)" (the currency only in the header), status tags with a title, SF/YT parcel numbers, 商品 ids, masked phones',
    seed: 9713, gen: { console: 'xianyu', count: 14, dateStyle: 'zh-two', money: 'cny-bare', tip: '请在{m}月{d}日前发货' },
    options: { heading: '我卖出的', columns: [
      col('id', 'id', '订单编号'), col('items', 'itemsSku', '宝贝'), col('placed', 'placed', '成交时间'), col('amount', 'amount', '实收款(元)', { align: 'right' }),
      col('status', 'status', '交易状态'), col('buyer', 'buyerPhone', '买家'), col('tracking', 'tracking', '运单号'),
    ] } },
  { name: 'react-semi-heldout5-salla-mixed', firstScore: 'first score 0 of 14: no paid amount read from "SAR 1,234.56"', lib: 'semi', config: 'table', language: 'en-SA', timeZone: 'Asia/Riyadh', now: '2026-12-06T18:40', title: 'Orders | Store dashboard',
    configuration: 'fifth held-out set (Saudi store admin, mixed languages): Semi Design table with English headers over Arabic status words, "SAR 1,234.56", "05/12/2026 14:03" day-first dates, order numbers with a copy button, +966 phones, SMSA numbers',
    seed: 9714, gen: { console: 'salla', count: 14, dateStyle: 'th-slash', money: 'sar-code' },
    options: { heading: 'Orders', idPrefix: '#', columns: [
      col('id', 'id', 'Order No.'), col('placed', 'placed', 'Date'), col('buyer', 'buyerPhone', 'Customer'), col('items', 'itemsSku', 'Items'),
      col('total', 'total', 'Total'), col('status', 'status', 'Order Status'), col('tracking', 'tracking', 'AWB'),
    ] } },
  { name: 'react-mantine-heldout5-xianyu-yen', lib: 'mantine', config: 'table', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-06T08:30', title: '订单管理 - 闲鱼',
    configuration: 'fifth held-out set (闲鱼, Chinese): Mantine table, 19-digit order numbers as anchors with a copy action icon, "2026-12-05 14:03:22", "¥1,280.00", parcel numbers, 商品 ids, masked phones',
    seed: 9715, gen: { console: 'xianyu', count: 14, dateStyle: 'zh', money: 'cny' },
    options: { heading: '订单管理', columns: [
      col('id', 'id', '订单号'), col('items', 'itemsSku', '商品'), col('placed', 'placed', '下单时间'), col('total', 'total', '实付款'),
      col('status', 'status', '订单状态'), col('buyer', 'buyerPhone', '买家'), col('tracking', 'tracking', '物流单号'),
    ] } },
];

// ---------- page modules (bundled by esbuild from these sources; resolved in ./react) ----------
const PRELUDE = `
const P = window.__PAGE__;
const O = P.options || {};
const COLS = O.columns || [];
const L = O.labels || {};
if (P.rtl) document.documentElement.setAttribute('dir', 'rtl');
function useReady(ms) { React.useEffect(() => { const t = setTimeout(() => { window.__READY__ = true; }, ms); return () => clearTimeout(t); }, []); }
const TONE = { awaiting_payment: 'warning', awaiting_shipment: 'info', shipped: 'primary', delivered: 'success', completed: 'success', cancelled: 'default', returned: 'default' };
function lines(o, kind) {
  switch (kind) {
    case 'placed': return o.dateLines;
    case 'total': return [o.totalText];
    case 'amount': return [o.amountText];
    case 'currency': return [o.currencyText];
    case 'buyer': return [o.buyer];
    case 'buyerPhone': return [o.buyer, o.phone];
    case 'phone': return [o.phone];
    case 'items': return o.items.map((it) => it.name + ' ×' + it.qty);
    case 'itemsSku': return o.items.flatMap((it) => [it.name + ' ×' + it.qty, it.sku]);
    case 'skus': return o.items.map((it) => it.sku);
    case 'subIds': return o.items.map((it) => it.subId);
    case 'tracking': return [o.tracking || '—'];
    case 'shipment': return [o.shipment || '—'];
    default: throw new Error('column kind ' + kind);
  }
}
function Lines({ o, kind }) { return React.createElement('div', null, lines(o, kind).map((l, i) => React.createElement('div', { key: i, style: i ? { color: '#888', fontSize: 12 } : undefined }, l))); }
`;

const MODULES = {
  antd: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import ptBR from 'antd/locale/pt_BR';
import idID from 'antd/locale/id_ID';
import arEG from 'antd/locale/ar_EG';
import { ConfigProvider, Table, Tag, Tooltip, Typography, Card, Space, Row, Col, Tabs } from 'antd';
${PRELUDE}
const LOCALES = { pt_BR: ptBR, id_ID: idID, ar_EG: arEG };
const COLOR = { warning: 'orange', info: 'blue', primary: 'geekblue', success: 'green', default: 'default' };
const statusTag = (o, i) => { const tag = <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag>; return o.tip ? <Tooltip title={o.tip} open={i === 0 ? true : undefined}>{tag}</Tooltip> : tag; };
const idCell = (o) => <Typography.Link href="#" copyable={{ text: o.orderId }}>{(O.idPrefix || '') + o.orderId}</Typography.Link>;
function Block({ o, i }) {
  const title = (
    <Space size={20} wrap>
      <span>{L.id}<Typography.Link href="#" copyable={{ text: o.orderId }}>{o.orderId}</Typography.Link></span>
      {o.pack ? <Typography.Text type="secondary">{L.pack}{o.pack}</Typography.Text> : null}
      <Typography.Text type="secondary">{o.dateText}</Typography.Text>
    </Space>
  );
  return (
    <Card size="small" title={title} extra={statusTag(o, i)} style={{ marginBottom: 12 }}>
      {o.items.map((it, k) => (
        <Row key={k} gutter={16} style={{ padding: '4px 0' }}>
          <Col span={10}>{it.name}<div style={{ color: '#888', fontSize: 12 }}>{it.sku}</div></Col>
          <Col span={4}>{it.priceText}</Col>
          <Col span={2}>x{it.qty}</Col>
          <Col span={8}>{k === 0 ? <div>{o.buyer}<div style={{ color: '#888', fontSize: 12 }}>{o.phone}</div></div> : null}</Col>
        </Row>
      ))}
      <Row gutter={16} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 6 }}>
        <Col span={12}>{o.shipment ? <span>{L.shipment}{o.shipment} </span> : null}{o.tracking ? <span>{L.tracking}{o.tracking}</span> : null}</Col>
        <Col span={12} style={{ textAlign: 'end' }}><Typography.Text strong>{L.total}{o.totalText}</Typography.Text></Col>
      </Row>
    </Card>
  );
}
function App() {
  useReady(900);
  const columns = COLS.map((c) => ({ title: c.title, key: c.key, align: c.align,
    render: (_, o, i) => c.kind === 'id' ? idCell(o) : c.kind === 'status' ? statusTag(o, i) : <Lines o={o} kind={c.kind} /> }));
  return (
    <ConfigProvider locale={LOCALES[O.locale]} direction={P.rtl ? 'rtl' : 'ltr'}>
      <div style={{ padding: 16 }}>
        <Typography.Title level={4}>{O.heading}</Typography.Title>
        <Tabs items={['1', '2', '3'].map((k) => ({ key: k, label: k === '1' ? O.heading : '·'.repeat(Number(k)) }))} />
        {P.config === 'blocks' ? P.orders.map((o, i) => <Block key={o.orderId} o={o} i={i} />)
          : <Table rowKey="orderId" columns={columns} dataSource={P.orders} pagination={false} bordered size="middle" rowSelection={{ type: 'checkbox' }} />}
      </div>
    </ConfigProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  mui: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, Box, Typography, Chip, Tooltip, Table, TableHead, TableBody, TableRow, TableCell, TableContainer, Paper, Link, IconButton, Checkbox } from '@mui/material';
import ContentCopy from '@mui/icons-material/ContentCopy';
${PRELUDE}
const CHIP = { warning: 'warning', info: 'info', primary: 'primary', success: 'success', default: 'default' };
function App() {
  useReady(900);
  return (
    <Box sx={{ p: 2 }}>
      <CssBaseline />
      <Typography variant="h5" sx={{ mb: 2 }}>{O.heading}</Typography>
      <TableContainer component={Paper}>
        <Table size="small">
          <TableHead><TableRow><TableCell padding="checkbox"><Checkbox size="small" /></TableCell>{COLS.map((c) => <TableCell key={c.key} align={c.align}>{c.title}</TableCell>)}</TableRow></TableHead>
          <TableBody>
            {P.orders.map((o) => (
              <TableRow key={o.orderId} hover>
                <TableCell padding="checkbox"><Checkbox size="small" /></TableCell>
                {COLS.map((c) => (
                  <TableCell key={c.key} align={c.align}>
                    {c.kind === 'id' ? <span><Link href="#" underline="hover">{o.orderId}</Link><IconButton size="small" aria-label="copiar"><ContentCopy fontSize="inherit" /></IconButton></span>
                      : c.kind === 'status' ? (o.tip ? <Tooltip title={o.tip}><Chip size="small" label={o.statusText} color={CHIP[TONE[o.status]]} /></Tooltip> : <Chip size="small" label={o.statusText} color={CHIP[TONE[o.status]]} />)
                      : <Lines o={o} kind={c.kind} />}
                  </TableCell>
                ))}
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
  semi: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@douyinfe/semi-ui/dist/css/semi.min.css';
import thTH from '@douyinfe/semi-ui/lib/es/locale/source/th_TH';
import enUS from '@douyinfe/semi-ui/lib/es/locale/source/en_US';
import { LocaleProvider, Table, Tag, Tooltip, Typography } from '@douyinfe/semi-ui';
${PRELUDE}
const COLOR = { warning: 'orange', info: 'blue', primary: 'indigo', success: 'green', default: 'grey' };
function App() {
  useReady(900);
  const columns = COLS.map((c) => ({ title: c.title, key: c.key, align: c.align,
    render: (_, o) => c.kind === 'id' ? <Typography.Text link copyable={{ content: o.orderId }}>{(O.idPrefix || '') + o.orderId}</Typography.Text>
      : c.kind === 'status' ? (o.tip ? <Tooltip content={o.tip}><Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag></Tooltip> : <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag>)
      : <Lines o={o} kind={c.kind} /> }));
  return (
    <LocaleProvider locale={P.language.startsWith('th') ? thTH : enUS}>
      <div style={{ padding: 16 }}>
        <Typography.Title heading={4}>{O.heading}</Typography.Title>
        <Table rowKey="orderId" columns={columns} dataSource={P.orders} pagination={false} bordered rowSelection={{}} />
      </div>
    </LocaleProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  arco: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@arco-design/web-react/dist/css/arco.css';
import enUS from '@arco-design/web-react/es/locale/en-US';
import { ConfigProvider, Table, Tag, Tooltip, Typography } from '@arco-design/web-react';
${PRELUDE}
const COLOR = { warning: 'orange', info: 'arcoblue', primary: 'purple', success: 'green', default: 'gray' };
function App() {
  useReady(900);
  const columns = COLS.map((c) => ({ title: c.title, key: c.key, align: c.align,
    render: (_, o) => c.kind === 'id' ? <Typography.Text copyable={{ text: o.orderId }}><a href="#">{o.orderId}</a></Typography.Text>
      : c.kind === 'status' ? <Tooltip content={o.tip || o.statusText}><Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag></Tooltip>
      : <Lines o={o} kind={c.kind} /> }));
  return (
    <ConfigProvider locale={enUS}>
      <div style={{ padding: 16 }}>
        <Typography.Title heading={5}>{O.heading}</Typography.Title>
        <Table rowKey="orderId" columns={columns} data={P.orders} border pagination={false} rowSelection={{ type: 'checkbox' }} />
      </div>
    </ConfigProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  mantine: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import { MantineProvider, Table, Badge, Anchor, ActionIcon, Group, Title, Text, Tooltip, Checkbox } from '@mantine/core';
${PRELUDE}
const COLOR = { warning: 'yellow', info: 'blue', primary: 'indigo', success: 'green', default: 'gray' };
function App() {
  useReady(700);
  return (
    <MantineProvider>
      <div style={{ padding: 16 }}>
        <Title order={3} mb="md">{O.heading}</Title>
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead><Table.Tr><Table.Th><Checkbox aria-label="all" /></Table.Th>{COLS.map((c) => <Table.Th key={c.key} ta={c.align}>{c.title}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {P.orders.map((o) => (
              <Table.Tr key={o.orderId}>
                <Table.Td><Checkbox aria-label="pilih" /></Table.Td>
                {COLS.map((c) => (
                  <Table.Td key={c.key} ta={c.align}>
                    {c.kind === 'id' ? <Group gap={4} wrap="nowrap"><Anchor href="#" size="sm">{o.orderId}</Anchor><ActionIcon variant="subtle" size="xs" aria-label="copy">⧉</ActionIcon></Group>
                      : c.kind === 'status' ? <Tooltip label={o.tip || o.statusText}><Badge color={COLOR[TONE[o.status]]} variant="light">{o.statusText}</Badge></Tooltip>
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
import { Button } from 'primereact/button';
${PRELUDE}
const SEV = { warning: 'warning', info: 'info', primary: null, success: 'success', default: 'secondary' };
function App() {
  useReady(1000);
  const body = (c) => (o) => c.kind === 'id' ? <span><a href="#">{(O.idPrefix || '') + o.orderId}</a> <Button icon="pi pi-copy" text rounded size="small" aria-label="نسخ" /></span>
    : c.kind === 'status' ? <span title={o.tip || undefined}><Tag severity={SEV[TONE[o.status]]} value={o.statusText} /></span>
    : <Lines o={o} kind={c.kind} />;
  return (
    <PrimeReactProvider>
      <div style={{ padding: 16 }} dir={P.rtl ? 'rtl' : undefined}>
        <h3>{O.heading}</h3>
        <DataTable value={P.orders} dataKey="orderId" size="small" stripedRows>
          {COLS.map((c) => <Column key={c.key} header={c.title} body={body(c)} />)}
        </DataTable>
      </div>
    </PrimeReactProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  bootstrap: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import 'bootstrap/dist/css/bootstrap.rtl.min.css';
import { Container, Card, Table, Badge, Button, Form } from 'react-bootstrap';
${PRELUDE}
const BG = { warning: 'warning', info: 'info', primary: 'primary', success: 'success', default: 'secondary' };
function App() {
  useReady(600);
  return (
    <Container fluid className="p-3">
      <Card>
        <Card.Header as="h5">{O.heading}</Card.Header>
        <Card.Body>
          <Table striped bordered hover responsive size="sm">
            <thead><tr><th><Form.Check aria-label="all" /></th>{COLS.map((c) => <th key={c.key}>{c.title}</th>)}</tr></thead>
            <tbody>
              {P.orders.map((o) => (
                <tr key={o.orderId}>
                  <td><Form.Check aria-label="select" /></td>
                  {COLS.map((c) => (
                    <td key={c.key}>
                      {c.kind === 'id' ? <span><a href="#">{o.orderId}</a> <Button variant="link" size="sm" aria-label="نسخ">⧉</Button></span>
                        : c.kind === 'status' ? <Badge bg={BG[TONE[o.status]]} title={o.tip || undefined}>{o.statusText}</Badge>
                        : <Lines o={o} kind={c.kind} />}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </Card.Body>
      </Card>
    </Container>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  polaris: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@shopify/polaris/build/esm/styles.css';
import nl from '@shopify/polaris/locales/nl.json';
import { AppProvider, Page, Card, IndexTable, Badge, Text, Link, useIndexResourceState } from '@shopify/polaris';
${PRELUDE}
const PT = { warning: 'attention', info: 'warning', primary: 'info', success: 'success', default: undefined };
function Orders() {
  const rows = P.orders.map((o) => ({ ...o, id: o.orderId }));
  const { selectedResources, allResourcesSelected, handleSelectionChange } = useIndexResourceState(rows);
  return (
    <IndexTable resourceName={{ singular: 'bestelling', plural: 'bestellingen' }} itemCount={rows.length} headings={COLS.map((c) => ({ title: c.title }))}
      selectedItemsCount={allResourcesSelected ? 'All' : selectedResources.length} onSelectionChange={handleSelectionChange}>
      {rows.map((o, i) => (
        <IndexTable.Row id={o.id} key={o.id} position={i} selected={selectedResources.includes(o.id)}>
          {COLS.map((c) => (
            <IndexTable.Cell key={c.key}>
              {c.kind === 'id' ? <Link url="#" removeUnderline>{o.orderId}</Link>
                : c.kind === 'status' ? <Badge tone={PT[TONE[o.status]]}>{o.statusText}</Badge>
                : <Text as="span">{lines(o, c.kind).join(' ')}</Text>}
            </IndexTable.Cell>
          ))}
        </IndexTable.Row>
      ))}
    </IndexTable>
  );
}
function App() {
  useReady(900);
  return <AppProvider i18n={nl}><Page title={O.heading} fullWidth><Card padding="0"><Orders /></Card></Page></AppProvider>;
}
createRoot(document.getElementById('root')).render(<App />);
`,
  fusion: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@alifd/next/dist/next.min.css';
import zhCN from '@alifd/next/lib/locale/zh-cn';
import { ConfigProvider, Table, Tag, Icon } from '@alifd/next';
${PRELUDE}
const COLOR = { warning: 'orange', info: 'blue', primary: 'turquoise', success: 'green', default: undefined };
function App() {
  useReady(900);
  return (
    <ConfigProvider locale={zhCN}>
      <div style={{ padding: 16, width: 1300 }}>
        <h3>{O.heading}</h3>
        <Table dataSource={P.orders} primaryKey="orderId" hasBorder rowSelection={{ onChange: () => {} }}>
          {COLS.map((c) => (
            <Table.Column key={c.key} title={c.title} dataIndex={c.key} width={c.kind === 'items' || c.kind === 'itemsSku' ? 220 : 170} align={c.align}
              cell={(_, i, o) => c.kind === 'id' ? <span><a href="#">{o.orderId}</a> <span className="copy-icon" role="button" title="复制">⧉</span></span>
                : c.kind === 'status' ? <Tag size="small" color={COLOR[TONE[o.status]]} title={o.tip || undefined}>{o.statusText}</Tag>
                : <Lines o={o} kind={c.kind} />} />
          ))}
          <Table.Column title="操作" width={100} cell={() => <a href="#">详情</a>} />
        </Table>
      </div>
    </ConfigProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
};
const VERSION_OF = { antd: 'antd', mui: '@mui/material', semi: '@douyinfe/semi-ui', arco: '@arco-design/web-react', mantine: '@mantine/core', primereact: 'primereact', bootstrap: 'react-bootstrap', polaris: '@shopify/polaris', fusion: '@alifd/next' };

// ---------- the renderer: heldout-render.mjs, with this set's pages ----------
const SET = { name: 'heldout5', pages: HELDOUT5_PAGES, modules: MODULES, versionOf: VERSION_OF, ordersOf: heldout5Orders, decoysOf: decoys5Of, };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await renderSet(SET, process.argv[2] || '');
