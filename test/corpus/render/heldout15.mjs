// The FIFTEENTH blind held-out set: LOCAL SCRIPTS, DIGITS AND CALENDARS as consoles print them through the browser's
// Intl, to measure how the reader by meaning copes with order lists of sellers who read non-Latin scripts (the
// fourteenth set: 93 of 98 at first score). Every date and amount on these pages is printed by Intl.DateTimeFormat /
// Intl.NumberFormat in the console's locale (Node's Intl, ICU 78 / CLDR 48, in this generator, exactly as an app
// calling toLocaleString would), while order numbers, SKUs and tracking numbers keep the Latin digits their APIs hand
// out (assumed). Five consoles, each on a different library:
// - Shopee Seller Centre Thailand, คำสั่งซื้อของฉัน (th-TH): antd Table; Buddhist-era dates "7/12/2569 14:03"
//   ({year, month, day: numeric, hour/minute 2-digit}), baht "฿1,234.00"; order numbers YYMMDD + 8 letters/digits;
//   states ที่ต้องจัดส่ง / กำลังจัดส่ง / สำเร็จแล้ว / ยกเลิกแล้ว; SPX tracking, SKUs, masked phones;
// - Coupang Wing 주문/배송 관리 (ko-KR): Semi Design Table; short dates "26. 12. 7. PM 4:03" (dateStyle/timeStyle
//   short; Node's CLDR 48 prints PM where older data printed 오후), won "₩27,200" (no minor unit); 주문번호 13 digits
//   beside 묶음배송번호 of 9 digits and 옵션ID of 11; states 상품준비중 / 배송중 / 배송완료 / 취소완료;
// - Amazon.in Seller Central, Manage Orders in Hindi (hi-IN): Mantine Table; "7 दिस॰ 2026, 12:33 pm" (dateStyle
//   medium, timeStyle short), rupees in lakh grouping "₹1,08,599.00"; order ids "403-1234567-1234567", ASINs, SKUs,
//   item price and quantity; states शिप नहीं किया गया (unshipped: holds the words of शिप किया गया) / शिप किया गया /
//   डिलीवर किया गया / रद्द किया गया;
// - Digikala seller panel سفارش‌ها (fa-IR, right to left): MUI Table in a dir=rtl page; Persian calendar and digits
//   "۱۶ آذر ۱۴۰۵، ۱۰:۳۳" (dateStyle medium, timeStyle short), rials as Intl prints IRR "‎ریال ۱۲٬۳۴۵٬۰۰۰" (a left-to-right
//   mark, the word before the number, Arabic thousands separator); شماره سفارش 9 digits, کد کالا DKP-…, quantities in
//   Persian digits; states در انتظار ارسال / ارسال شده / تحویل داده شده / لغو شده;
// - Daraz Seller Center Bangladesh (bn-BD): react-bootstrap Table; Bengali digits "৭ ডিসে, ২০২৬, ১:০৩ PM" and taka
//   after the amount "১,২৩৪.০০৳" (Intl's bn pattern); অর্ডার নম্বর 15 digits; states পাঠানোর জন্য প্রস্তুত /
//   পাঠানো হয়েছে / ডেলিভারি হয়েছে / বাতিল করা হয়েছে; masked phones in Latin digits.
// Truth: the order's own number (never a 묶음배송번호, 옵션ID, ASIN, SKU, DKP code or tracking number), what the buyer
// pays (the order's total with shipping; never an item price), its currency (THB, KRW, INR, IRR, BDT), the time placed
// (the wall time the page prints, in the console's zone, whatever its calendar and digits), the ORDER's state.
// Decoys: tracking numbers, 묶음배송번호, 옵션ID, ASINs, SKUs, DKP codes, phones.
// Written down on 2026-12-08 BEFORE any reader file (lib/extract/, lib/normalize/, lib/adapters/, docs/reading.md)
// was read. Each order is the truth its cells are printed from; the reader's output never feeds back here. Left out
// as words a seller reads two ways: Shopee's การคืนเงิน/คืนสินค้า (a return or a refund, either),
// Coupang's 결제완료 (paid, not yet accepted by the seller) and 배송지시 (shipping instructed: parcel out or not),
// Amazon.in's लंबित (Pending: payment or verification), Digikala's در حال پردازش (processing: packed or not),
// Daraz's মুলতুবি (Pending: paid, or cash on delivery not yet confirmed).
//
// This one file is the whole set: the orders, the pages (libraries pinned in ./react/package.json, bundled from the
// sources below with esbuild) and the renderer's call (heldout-render.mjs renderSet), which writes
// test/fixtures/corpus/react-*-heldout15-*.{html,json} (or test/corpus/pending/ for a page marked pending;
// `firstScore` keeps a page's score before any fix).
// First score, before any reader file was read (flock /tmp/os-build.lock node test/corpus/render/heldout15.mjs, then
// npm run corpus -- --verbose, 2026-12-08 03:05 UTC; every miss listed by the same scorer, test/corpus/score.ts
// scorePage): 28 of 70 orders read exactly, 0 false orders (Shopee TH antd 14/14, Coupang Wing Semi 14/14, Amazon.in
// Hindi Mantine 0/14, Digikala Persian MUI rtl 0/14, Daraz Bengali react-bootstrap 0/14). The Buddhist era and Korean
// short dates are read, and no decoy of any page is taken for an order. Amazon.in: every number, lakh-grouped total
// ("₹1,08,599.00") and Hindi date ("7 दिस॰ 2026, 12:33 pm") right, but the status unknown with no status text found in
// all 14 (truth 4 awaiting_shipment "शिप नहीं किया गया", 4 shipped "शिप किया गया", 3 delivered "डिलीवर किया गया", 3
// cancelled "रद्द किया गया"). Digikala: all 14 orders found by number and skipped, "no paid amount in this row" (the
// total "‎ریال ۷۸٬۴۹۰٬۰۰۰" as Intl fa-IR prints IRR, Persian digits, ٬ separators, the word before the number). Daraz:
// "no order list found" (dates "৭ ডিসে, ২০২৬, ১:০৩ PM" and amounts "১,১৩০.০০৳" in Bengali digits), 14 not found.
// Those three pages wait in test/corpus/pending; the two others join the corpus.
// A probe on copies of the three pending pages (only the named text changed, same truth; scored outside the repo by
// test/corpus/score.ts scorePage, 2026-12-08 03:07-03:09 UTC): Amazon.in with the states in English (Unshipped /
// Shipped / Delivered / Cancelled) reads 14 of 14, so only the Hindi state words are missing. Digikala reads 14 of
// 14 once "‎ریال" becomes "IRR" and the states English, Persian digits kept ("IRR ۷۸٬۴۹۰٬۰۰۰"), so Persian digits and
// the Persian calendar are read; with ریال kept, Latin digits, no left-to-right mark or ریال after the number all still
// skip every order: the word ریال is not taken for the rial, and the Persian state words are unknown too. Daraz: with
// the order number prefixed "DZ" and nothing else changed, every order is found and only the status misses (14 of 14
// "status unknown", Bengali-digit dates and "১,১৩০.০০৳" totals right); with the bare 15-digit number kept, no list is
// found even with every Bengali word, digit and sign made English and Latin ("$", "Dec 8, 2026 10:01 AM"), with no
// link, phone, SKU, tracking number or checkbox, or cut to 12 digits; so the miss is a bare all-digit order number in
// this table (Coupang's 13 digits with a 묶음배송번호 line under them and Digikala's 9 digits were found) and the Bengali
// state words.
// Since (2026-12-08, lead): Iran's rial as Intl prints it (lib/normalize/money.ts, lib/extract/sniff.ts); Hindi,
// Persian and Bengali states (lib/normalize/status.ts) and header words (lib/extract/keys-world.ts); and a number of
// a tracking number's shape under a header that names the order number is the order's (lib/extract/meaning.ts
// headerNamesId; Daraz's 15 digits after a 7): 70 of 70, 0 false orders, every page in the corpus.
// Run: node test/corpus/render/heldout15.mjs [name-filter]   (needs /usr/bin/chromium)
//
// Sources (search tool, seen 2026-12-08; `code` by repository/path, find_string by its file id):
// - Shopee: code ComaGear/shopeesalescoverter src/main/java/com/colbertlum/constants/ShopeeOrderStatus.java (the
//   seller centre's English states Unpaid / To ship / Shipping / Completed / Cancelled); the Thai words ที่ต้องจัดส่ง /
//   กำลังจัดส่ง / สำเร็จแล้ว / ยกเลิกแล้ว for them, the column words and the YYMMDD + 8 order-number shape are assumed.
// - Coupang Wing: code kyungdongseo/coupang ordersheet.py (the order list is a list of 발주서, ordersheets, per vendor);
//   find_string id 56512414679 (an invoice is uploaded only while an order is in 상품준비중, so it has not shipped);
//   find_string id 1873907699 (a Delivery enum pairing ACCEPT with 결제완료 and INSTRUCT with 상품준비중 but DEPARTURE with
//   배송지시: 배송지시 read two ways, so left out). 배송중 / 배송완료 / 취소완료, the 13-digit 주문번호, 9-digit 묶음배송번호 and
//   11-digit 옵션ID are assumed.
// - Amazon.in: code juicyllama/framework apps/amazonseller/src/modules/orders/amazon.seller.order.enums.ts (Pending,
//   Unshipped, PartiallyShipped, Shipped, Canceled); the Hindi words for them and the Hindi column words are assumed;
//   "403-1234567-1234567" as earlier sets' Amazon pages.
// - Digikala and Daraz: no public list found; every word, state and id shape is assumed.
// - Formats: Node's Intl itself (ICU 78, CLDR 48): th-TH Buddhist calendar, ko-KR, hi-IN lakh grouping, fa-IR Persian
//   calendar and digits with IRR as "‎ریال …", bn-BD Bengali digits with ৳ after the amount.
// Libraries (their installed sources under test/corpus/render/react/node_modules, 2026-12-08): antd Table, Semi
// Table, Mantine Table (Table.Thead/Tbody), MUI Table in a dir=rtl document, react-bootstrap Table.
import { fileURLToPath } from 'node:url';
import { renderSet } from './heldout-render.mjs';
import { rng, digits, alnum, oneOf, two, clock } from './seeded.mjs';

/** Each console's locale, zone, currency and how its app calls Intl. */
const LOCALE = {
  shopee: { locale: 'th-TH', timeZone: 'Asia/Bangkok', currency: 'THB', date: { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' } },
  coupang: { locale: 'ko-KR', timeZone: 'Asia/Seoul', currency: 'KRW', date: { dateStyle: 'short', timeStyle: 'short' } },
  amazonin: { locale: 'hi-IN', timeZone: 'Asia/Kolkata', currency: 'INR', date: { dateStyle: 'medium', timeStyle: 'short' } },
  digikala: { locale: 'fa-IR', timeZone: 'Asia/Tehran', currency: 'IRR', date: { dateStyle: 'medium', timeStyle: 'short' } },
  daraz: { locale: 'bn-BD', timeZone: 'Asia/Dhaka', currency: 'BDT', date: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' } },
};
/** A time as the console's app prints it (Intl in its locale and zone). */
export const formatDate15 = (ms, con) => new Intl.DateTimeFormat(LOCALE[con].locale, { ...LOCALE[con].date, timeZone: LOCALE[con].timeZone }).format(new Date(ms));
/** Money as the console's app prints it (Intl currency style). */
export const formatMoney15 = (v, con) => new Intl.NumberFormat(LOCALE[con].locale, { style: 'currency', currency: LOCALE[con].currency }).format(v);
/** A count in the locale's digits. */
const formatCount15 = (n, con) => new Intl.NumberFormat(LOCALE[con].locale).format(n);

// ---------- status words, each with the state a seller reads from it ----------
export const STATUSES15 = {
  shopee: [['ที่ต้องจัดส่ง', 'awaiting_shipment'], ['กำลังจัดส่ง', 'shipped'], ['สำเร็จแล้ว', 'completed'], ['ยกเลิกแล้ว', 'cancelled']],
  coupang: [['상품준비중', 'awaiting_shipment'], ['배송중', 'shipped'], ['배송완료', 'delivered'], ['취소완료', 'cancelled']],
  amazonin: [['शिप नहीं किया गया', 'awaiting_shipment'], ['शिप किया गया', 'shipped'], ['डिलीवर किया गया', 'delivered'], ['रद्द किया गया', 'cancelled']],
  digikala: [['در انتظار ارسال', 'awaiting_shipment'], ['ارسال شده', 'shipped'], ['تحویل داده شده', 'delivered'], ['لغو شده', 'cancelled']],
  daraz: [['পাঠানোর জন্য প্রস্তুত', 'awaiting_shipment'], ['পাঠানো হয়েছে', 'shipped'], ['ডেলিভারি হয়েছে', 'delivered'], ['বাতিল করা হয়েছে', 'cancelled']],
};
const SHIPPED = new Set(['shipped', 'delivered', 'completed']);

const IDS = {
  shopee: (r, placedMs, timeZone) => { const t = clock(placedMs, timeZone); return `${String(t.y).slice(2)}${two(t.mo)}${two(t.d)}${alnum(r, 8)}`; },
  coupang: (r) => '2' + digits(r, 12),
  amazonin: (r) => `40${oneOf(r, ['2', '3', '4', '5', '6', '7', '8'])}-${digits(r, 7)}-${digits(r, 7)}`,
  digikala: (r) => '3' + digits(r, 8),
  daraz: (r) => '7' + digits(r, 14),
};
/** Per-item codes: SKU, ASIN / DKP / 옵션ID, Coupang's 묶음배송번호. */
const CODES = {
  shopee: (r) => ({ code: 'SKU-' + alnum(r, 6), goodsId: null }),
  coupang: (r) => ({ code: null, goodsId: '8' + digits(r, 10) }),
  amazonin: (r) => ({ code: 'IN-' + alnum(r, 7), goodsId: 'B0' + alnum(r, 8) }),
  digikala: (r) => ({ code: null, goodsId: 'DKP-' + (1 + Math.floor(r() * 9)) + digits(r, 7) }),
  daraz: (r) => ({ code: 'DZ-' + alnum(r, 8), goodsId: null }),
};
const PARCELS = {
  shopee: (r) => 'SPX Express TH' + digits(r, 12) + oneOf(r, ['A', 'B', 'C', 'D']),
  coupang: (r) => oneOf(r, ['CJ대한통운 ', '롯데택배 ', '쿠팡 로켓그로스 ']) + digits(r, 12),
  amazonin: (r) => 'Amazon Shipping ' + oneOf(r, ['361', '362', '363']) + digits(r, 9),
  digikala: (r) => 'پست پیشتاز ' + digits(r, 24),
  daraz: (r) => 'Daraz Express DEX-BD-' + digits(r, 10),
};
const GOODS = {
  shopee: ['เสื้อยืดคอกลม ผ้าฝ้าย 100%', 'ครีมกันแดด SPF50+ 50ml', 'หูฟังบลูทูธไร้สาย', 'กระเป๋าผ้าแคนวาส', 'ชุดเครื่องนอน 6 ฟุต'],
  coupang: ['곰곰 국내산 햅쌀 10kg', '탐사 물티슈 캡형 100매 10팩', '삼다수 2L 12병', '니베아 립밤 4.8g 3개', '락앤락 밀폐용기 세트'],
  amazonin: ['boAt Airdopes 141 वायरलेस ईयरबड्स', 'प्रेस्टीज इंडक्शन कुकटॉप 1600W', 'कॉटन बेडशीट डबल बेड', 'स्टील वॉटर बोतल 1 लीटर', 'रेडमी 13C 5G (4GB RAM)'],
  digikala: ['گوشی موبایل سامسونگ Galaxy A15', 'هدفون بی‌سیم شیائومی', 'کتری برقی پارس خزر', 'کفش ورزشی مردانه', 'پاوربانک انکر ۱۰۰۰۰'],
  daraz: ['সুতি পাঞ্জাবি (পুরুষ)', 'ইলেকট্রিক কেটলি ১.৮ লিটার', 'ওয়্যারলেস মাউস', 'শিশুদের স্কুল ব্যাগ', 'নন-স্টিক ফ্রাইপ্যান ২৪ সেমি'],
};
const PEOPLE = {
  shopee: ['somchai_k', 'nong.praew', 'kittipong99', 'malee.shop', 'ploy_ploy'],
  coupang: ['김*수', '이*영', '박*준', '최*희', '정*호'],
  amazonin: ['राहुल शर्मा', 'प्रिया वर्मा', 'अमित कुमार', 'सुनीता देवी', 'विकास गुप्ता'],
  digikala: ['علی رضایی', 'مریم احمدی', 'محمد حسینی', 'زهرا کریمی', 'رضا موسوی'],
  daraz: ['মোঃ রহিম', 'ফাতেমা আক্তার', 'সাকিব হাসান', 'নুসরাত জাহান', 'তানভীর আহমেদ'],
};
const PHONES = {
  shopee: (r) => '******' + digits(r, 4),
  coupang: (r) => `010-****-${digits(r, 4)}`,
  daraz: (r) => `01${oneOf(r, ['3', '7', '8', '9'])}******${digits(r, 2)}`,
};
/** Prices in the currency's units; `step` rounds them as the shop prices them. */
const CONSOLE = {
  shopee: { price: [89, 1890], step: 1, ship: [0, 30, 45], items: [1, 2] },
  coupang: { price: [5900, 89000], step: 100, ship: [0, 3000], items: [1, 2] },
  amazonin: { price: [199, 15999], step: 1, ship: [0, 40], items: [1, 2] },
  digikala: { price: [1500000, 90000000], step: 10000, ship: [0, 350000], items: [1, 2] },
  daraz: { price: [250, 4500], step: 1, ship: [0, 60, 120], items: [1, 2] },
};

/** Orders of one page: each record's truth beside the texts printed from it, and its decoys. */
export function heldout15Orders({ console: con, count, seed, timeZone, now, gapMin = [25, 300] }) {
  const r = rng(seed);
  const C = CONSOLE[con];
  const nowMs = Date.parse(now);
  const out = [];
  let t = nowMs - 9 * 60_000;
  for (let i = 0; i < count; i++) {
    t -= Math.floor((gapMin[0] + r() * (gapMin[1] - gapMin[0])) * 60_000 + r() * 59_000);
    const placedMs = t;
    const orderId = IDS[con](r, placedMs, timeZone);
    const [statusText, status] = oneOf(r, STATUSES15[con]);
    const n = C.items[0] + Math.floor(r() * (C.items[1] - C.items[0] + 1));
    const its = Array.from({ length: n }, () => {
      const qty = 1 + Math.floor(r() * 2 * r());
      // shops price just under a round number (…99 or …900), in whole units of the currency
      const p = Math.max(C.step, Math.round((C.price[0] + r() * (C.price[1] - C.price[0])) / C.step) * C.step - (C.step === 1 ? 1 : 0));
      return { name: oneOf(r, GOODS[con]), ...CODES[con](r), qty, qtyText: formatCount15(qty, con), price: p, priceText: formatMoney15(p, con) };
    });
    const goodsTotal = its.reduce((s, it) => s + it.price * it.qty, 0);
    const shipping = oneOf(r, C.ship);
    const total = goodsTotal + shipping;
    const tracking = SHIPPED.has(status) ? PARCELS[con](r) : null;
    out.push({
      orderId, placedMs, status, statusText, total, currency: LOCALE[con].currency,
      totalText: formatMoney15(total, con), goodsTotalText: formatMoney15(goodsTotal, con), shippingText: formatMoney15(shipping, con),
      dateText: formatDate15(placedMs, con), buyer: oneOf(r, PEOPLE[con]), phone: PHONES[con] ? PHONES[con](r) : null, items: its, tracking,
      boxId: con === 'coupang' ? '5' + digits(r, 8) : null,
    });
  }
  return out;
}

/** Text on the page that is not an order number and must never be read as one. */
export function decoys15Of(o) {
  return [o.tracking && o.tracking.split(' ').pop(), o.boxId, o.phone, ...o.items.flatMap((it) => [it.code, it.goodsId])].filter(Boolean);
}

// ---------- the pages ----------
export const HELDOUT15_PAGES = [
  { name: 'react-antd-heldout15-shopee-th', firstScore: 'first score 14 of 14 (Buddhist-era dates "7/12/2569 14:03" read as 2026, baht totals, Thai state words; no SKU, SPX tracking number or masked phone read as an order)', lib: 'antd', config: 'shopee', language: 'th-TH', timeZone: 'Asia/Bangkok', now: '2026-12-08T09:40', title: 'คำสั่งซื้อของฉัน | Shopee Seller Centre',
    configuration: 'fifteenth held-out set (Shopee Seller Centre Thailand, คำสั่งซื้อของฉัน, Thai): antd Table with row selection; columns สินค้า (name, SKU, "x1", item price), ยอดคำสั่งซื้อ (the total "฿1,234.00" with ค่าจัดส่ง), สถานะ, ช่องทางการจัดส่ง (SPX tracking), วันที่สั่งซื้อ in the Buddhist era "7/12/2569 14:03" as Intl th-TH prints it, หมายเลขคำสั่งซื้อ YYMMDD + 8 letters/digits above the row as Shopee draws an order card header; states ที่ต้องจัดส่ง / กำลังจัดส่ง / สำเร็จแล้ว / ยกเลิกแล้ว, masked phones',
    seed: 15101, gen: { console: 'shopee', count: 14 },
    options: { heading: 'คำสั่งซื้อของฉัน', tabs: ['ทั้งหมด', 'ที่ต้องชำระ', 'ที่ต้องจัดส่ง (5)', 'กำลังจัดส่ง', 'สำเร็จแล้ว', 'ยกเลิกแล้ว'] } },
  { name: 'react-semi-heldout15-coupang-wing', firstScore: 'first score 14 of 14 ("26. 12. 7. PM 4:03" and won totals read; no 묶음배송번호, 옵션ID or 송장번호 read as an order)', lib: 'semi', config: 'coupang', language: 'ko-KR', timeZone: 'Asia/Seoul', now: '2026-12-08T11:10', title: '주문/배송 관리 - 쿠팡 Wing',
    configuration: 'fifteenth held-out set (Coupang Wing 주문/배송 관리, Korean): Semi Design Table with row selection; 주문번호 13 digits beside 묶음배송번호 of 9 digits, 주문일시 "26. 12. 7. PM 4:03" (Intl ko-KR dateStyle/timeStyle short), 상품명/옵션 with 옵션ID of 11 digits, 수량, 결제금액 "₩27,200" (no minor unit), 주문상태 상품준비중 / 배송중 / 배송완료 / 취소완료, 택배사/송장번호, 수취인 with masked phone',
    seed: 15102, gen: { console: 'coupang', count: 14 },
    options: { heading: '주문/배송 관리', tabs: ['전체', '결제완료', '상품준비중 (4)', '배송지시', '배송중', '배송완료'] } },
  { name: 'react-mantine-heldout15-amazon-in-hindi', firstScore: 'first score 0 of 14 (every order\'s number, lakh-grouped rupee total and Hindi date "7 दिस॰ 2026, 12:33 pm" read right; the status read unknown with no status text found, all four Hindi words: शिप नहीं किया गया, शिप किया गया, डिलीवर किया गया, रद्द किया गया)', joined: 'read 14 of 14 since lib/normalize/status.ts knows the Hindi states and lib/extract/keys-world.ts the Hindi header words (2026-12-08)', lib: 'mantine', config: 'amazonin', language: 'hi-IN', timeZone: 'Asia/Kolkata', now: '2026-12-08T13:25', title: 'ऑर्डर प्रबंधित करें - Amazon Seller Central',
    configuration: 'fifteenth held-out set (Amazon.in Seller Central, Manage Orders in Hindi): Mantine Table; ऑर्डर की तारीख "7 दिस॰ 2026, 12:33 pm" (Intl hi-IN dateStyle medium, timeStyle short), ऑर्डर विवरण with ऑर्डर आईडी "403-1234567-1234567" and the buyer, उत्पाद का नाम with ASIN, SKU, मात्रा and आइटम का मूल्य (the item price), कुल in lakh grouping "₹1,08,599.00", ऑर्डर की स्थिति शिप नहीं किया गया / शिप किया गया / डिलीवर किया गया / रद्द किया गया, Amazon Shipping AWB numbers',
    seed: 15103, gen: { console: 'amazonin', count: 14 },
    options: { heading: 'ऑर्डर प्रबंधित करें' } },
  { name: 'react-mui-heldout15-digikala-fa', firstScore: 'first score 0 of 14 (every order found by its number and skipped: "no paid amount in this row", the rial total "‎ریال ۷۸٬۴۹۰٬۰۰۰" as Intl fa-IR prints IRR not read as money)', joined: 'read 14 of 14 since lib/normalize/money.ts and lib/extract/sniff.ts read Iran\'s rial as Intl prints it ("‎ریال ۷۸٬۴۹۰٬۰۰۰") and lib/normalize/status.ts knows the Persian states (2026-12-08)', lib: 'mui', config: 'digikala', language: 'fa-IR', timeZone: 'Asia/Tehran', now: '2026-12-08T12:50', title: 'سفارش‌ها - پنل فروشندگان دیجی‌کالا', rtl: true,
    configuration: 'fifteenth held-out set (Digikala seller panel سفارش‌ها, Persian, right to left): MUI Table in a dir=rtl page; شماره سفارش 9 digits (Latin), تاریخ ثبت سفارش in the Persian calendar and digits "۱۶ آذر ۱۴۰۵، ۱۰:۳۳" (Intl fa-IR dateStyle medium, timeStyle short), کالا with کد کالا DKP-…, تعداد in Persian digits, قیمت واحد (the item price), مبلغ کل as Intl prints IRR "‎ریال ۱۲٬۳۴۵٬۰۰۰" (left-to-right mark, the word before the number), وضعیت در انتظار ارسال / ارسال شده / تحویل داده شده / لغو شده, 24-digit post tracking codes',
    seed: 15104, gen: { console: 'digikala', count: 14 },
    options: { heading: 'سفارش‌ها', tabs: ['همه', 'در انتظار ارسال', 'ارسال شده', 'تحویل داده شده', 'لغو شده'] } },
  { name: 'react-bootstrap-heldout15-daraz-bd', firstScore: 'first score 0 of 14 (no order list found: the Bengali-digit dates "৭ ডিসে, ২০২৬, ১:০৩ PM" and taka "১,১৩০.০০৳" not taken for a list\'s dates and amounts)', joined: 'read 14 of 14 since lib/extract/keys-world.ts knows Bengali header words, lib/extract/meaning.ts takes numbers of a tracking number\'s shape (15 digits after a 7) as the order\'s under a header that names the order number, and lib/normalize/status.ts knows the Bengali states (2026-12-08)', lib: 'bootstrap', config: 'daraz', language: 'bn-BD', timeZone: 'Asia/Dhaka', now: '2026-12-08T12:15', title: 'অর্ডার - Daraz Seller Center',
    configuration: 'fifteenth held-out set (Daraz Seller Center Bangladesh, Bengali): react-bootstrap Table; অর্ডার নম্বর 15 digits (Latin), অর্ডারের তারিখ in Bengali digits "৭ ডিসে, ২০২৬, ১:০৩ PM" (Intl bn-BD), পণ্য with সেলার SKU, পরিমাণ in Bengali digits, মোট with taka after the amount "১,২৩৪.০০৳" and the item price beside it, অবস্থা পাঠানোর জন্য প্রস্তুত / পাঠানো হয়েছে / ডেলিভারি হয়েছে / বাতিল করা হয়েছে, Daraz Express tracking, masked phones',
    seed: 15105, gen: { console: 'daraz', count: 14 },
    options: { heading: 'অর্ডার ব্যবস্থাপনা' } },
];

// ---------- page modules (bundled by esbuild from these sources; resolved in ./react) ----------
const PRELUDE = `
const P = window.__PAGE__;
const O = P.options || {};
if (P.rtl) document.documentElement.dir = 'rtl';
function useReady(ms) { React.useEffect(() => { const t = setTimeout(() => { window.__READY__ = true; }, ms); return () => clearTimeout(t); }, []); }
const TONE = { awaiting_payment: 'warning', awaiting_shipment: 'info', shipped: 'primary', delivered: 'success', completed: 'success', cancelled: 'default', refunded: 'default', returned: 'default' };
`;

const MODULES = {
  antd: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import thTH from 'antd/locale/th_TH';
import { ConfigProvider, Table, Tag, Typography, Tabs, Button, Space } from 'antd';
${PRELUDE}
const COLOR = { warning: 'orange', info: 'blue', primary: 'geekblue', success: 'green', default: 'default' };
const muted = (s) => <div style={{ color: '#999', fontSize: 12 }}>{s}</div>;
function App() {
  useReady(1000);
  const columns = [
    { title: 'หมายเลขคำสั่งซื้อ', key: 'id', render: (_, o) => <><Typography.Text copyable={{ text: o.orderId }}>{o.orderId}</Typography.Text>{muted(o.buyer)}</> },
    { title: 'สินค้า', key: 'g', render: (_, o) => o.items.map((it, k) => <div key={k}><div>{it.name}</div>{muted('SKU: ' + it.code)}{muted('x' + it.qtyText + ' · ' + it.priceText)}</div>) },
    { title: 'ยอดคำสั่งซื้อ', key: 't', render: (_, o) => <><b>{o.totalText}</b>{muted('ค่าจัดส่ง ' + o.shippingText)}</> },
    { title: 'วันที่สั่งซื้อ', dataIndex: 'dateText' },
    { title: 'สถานะ', key: 's', render: (_, o) => <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag> },
    { title: 'ช่องทางการจัดส่ง', key: 'tr', render: (_, o) => (o.tracking ? <>{muted('SPX Express')}<div>{o.tracking.split(' ').pop()}</div></> : 'SPX Express') },
    { title: 'ผู้รับ', key: 'p', render: (_, o) => o.phone },
    { title: 'การดำเนินการ', key: 'a', render: (_, o) => <Space direction="vertical" size={0}>{o.status === 'awaiting_shipment' ? <Button size="small" type="primary">จัดส่ง</Button> : null}<Button size="small" type="link">ดูรายละเอียด</Button></Space> },
  ];
  return (
    <ConfigProvider locale={thTH}>
      <div style={{ padding: 16 }}>
        <Typography.Title level={4}>{O.heading}</Typography.Title>
        <Tabs defaultActiveKey="0" items={O.tabs.map((t, k) => ({ key: String(k), label: t }))} />
        <Table rowKey="orderId" columns={columns} dataSource={P.orders} rowSelection={{}} pagination={{ pageSize: 20, total: 14 }} />
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
import koKR from '@douyinfe/semi-ui/lib/es/locale/source/ko_KR';
import { LocaleProvider, Table, Tag, Typography, Tabs, TabPane } from '@douyinfe/semi-ui';
${PRELUDE}
const COLOR = { warning: 'amber', info: 'blue', primary: 'indigo', success: 'green', default: 'grey' };
const muted = (s) => <div style={{ color: '#888', fontSize: 12 }}>{s}</div>;
function App() {
  useReady(1000);
  const columns = [
    { title: '주문번호', key: 'id', render: (_, o) => <><div>{o.orderId}</div>{muted('묶음배송번호 ' + o.boxId)}</> },
    { title: '주문일시', dataIndex: 'dateText' },
    { title: '상품명/옵션', key: 'g', render: (_, o) => o.items.map((it, k) => <div key={k}><div>{it.name}</div>{muted('옵션ID ' + it.goodsId)}</div>) },
    { title: '수량', key: 'q', render: (_, o) => o.items.map((it, k) => <div key={k}>{it.qtyText}</div>) },
    { title: '판매가', key: 'p', render: (_, o) => o.items.map((it, k) => <div key={k}>{it.priceText}</div>) },
    { title: '결제금액', key: 't', render: (_, o) => <><b>{o.totalText}</b>{muted('배송비 ' + o.shippingText)}</> },
    { title: '주문상태', key: 's', render: (_, o) => <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag> },
    { title: '택배사/송장번호', key: 'tr', render: (_, o) => (o.tracking ? <>{muted(o.tracking.split(' ').slice(0, -1).join(' '))}<div>{o.tracking.split(' ').pop()}</div></> : '-') },
    { title: '수취인', key: 'b', render: (_, o) => <><div>{o.buyer}</div>{muted(o.phone)}</> },
  ];
  return (
    <LocaleProvider locale={koKR}>
      <div style={{ padding: 16 }}>
        <Typography.Title heading={4}>{O.heading}</Typography.Title>
        <Tabs type="line" defaultActiveKey="2">{O.tabs.map((t, k) => <TabPane key={k} tab={t} itemKey={String(k)} />)}</Tabs>
        <Table rowKey="orderId" columns={columns} dataSource={P.orders} pagination={false} rowSelection={{}} />
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
import { MantineProvider, Table, Badge, Anchor, Title, Text, Button } from '@mantine/core';
${PRELUDE}
const COLOR = { warning: 'yellow', info: 'blue', primary: 'violet', success: 'green', default: 'gray' };
function App() {
  useReady(900);
  return (
    <MantineProvider>
      <div style={{ padding: 16 }}>
        <Title order={3} mb="sm">{O.heading}</Title>
        <Text size="sm" mb="sm">{P.orders.length} ऑर्डर · पिछले 7 दिन</Text>
        <Table striped withTableBorder>
          <Table.Thead><Table.Tr>{['ऑर्डर की तारीख', 'ऑर्डर विवरण', 'उत्पाद का नाम', 'कुल', 'ऑर्डर की स्थिति', 'ट्रैकिंग आईडी', 'कार्रवाई'].map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {P.orders.map((o) => (
              <Table.Tr key={o.orderId}>
                <Table.Td>{o.dateText}</Table.Td>
                <Table.Td><Text size="xs" c="dimmed">ऑर्डर आईडी</Text><Anchor href="#">{o.orderId}</Anchor><Text size="xs" c="dimmed">खरीदार: {o.buyer}</Text></Table.Td>
                <Table.Td>{o.items.map((it, k) => <div key={k}><Anchor href="#" size="sm">{it.name}</Anchor><Text size="xs" c="dimmed">ASIN: {it.goodsId}</Text><Text size="xs" c="dimmed">SKU: {it.code}</Text><Text size="xs" c="dimmed">मात्रा: {it.qtyText} · आइटम का मूल्य: {it.priceText}</Text></div>)}</Table.Td>
                <Table.Td><b>{o.totalText}</b><Text size="xs" c="dimmed">शिपिंग: {o.shippingText}</Text></Table.Td>
                <Table.Td><Badge color={COLOR[TONE[o.status]]} variant="light">{o.statusText}</Badge></Table.Td>
                <Table.Td>{o.tracking ? o.tracking.split(' ').pop() : '—'}</Table.Td>
                <Table.Td>{o.status === 'awaiting_shipment' ? <Button size="xs">शिपमेंट की पुष्टि करें</Button> : <Button size="xs" variant="default">विवरण देखें</Button>}</Table.Td>
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
  mui: `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, Box, Typography, Chip, Table, TableHead, TableBody, TableRow, TableCell, Paper, TableContainer, Link, Tabs, Tab, Button } from '@mui/material';
import { createTheme, ThemeProvider } from '@mui/material/styles';
${PRELUDE}
const CHIP = { warning: 'warning', info: 'info', primary: 'primary', success: 'success', default: 'default' };
const theme = createTheme({ direction: 'rtl' });
const muted = (s) => <Typography variant="caption" component="div" color="text.secondary">{s}</Typography>;
const HEAD = ['شماره سفارش', 'تاریخ ثبت سفارش', 'کالا', 'تعداد', 'قیمت واحد', 'مبلغ کل', 'وضعیت', 'کد رهگیری', 'عملیات'];
function App() {
  useReady(900);
  return (
    <ThemeProvider theme={theme}>
      <Box sx={{ p: 2 }} dir="rtl">
        <CssBaseline />
        <Typography variant="h5" sx={{ mb: 2 }}>{O.heading}</Typography>
        <Tabs value={0} sx={{ mb: 2 }}>{O.tabs.map((t) => <Tab key={t} label={t} />)}</Tabs>
        <TableContainer component={Paper}>
          <Table size="small">
            <TableHead><TableRow>{HEAD.map((h) => <TableCell key={h}>{h}</TableCell>)}</TableRow></TableHead>
            <TableBody>
              {P.orders.map((o) => (
                <TableRow key={o.orderId}>
                  <TableCell><Link href="#">{o.orderId}</Link>{muted(o.buyer)}</TableCell>
                  <TableCell>{o.dateText}</TableCell>
                  <TableCell>{o.items.map((it, k) => <div key={k}><div>{it.name}</div>{muted('کد کالا: ' + it.goodsId)}</div>)}</TableCell>
                  <TableCell>{o.items.map((it, k) => <div key={k}>{it.qtyText}</div>)}</TableCell>
                  <TableCell>{o.items.map((it, k) => <div key={k}>{it.priceText}</div>)}</TableCell>
                  <TableCell><b>{o.totalText}</b>{muted('هزینه ارسال: ' + o.shippingText)}</TableCell>
                  <TableCell><Chip size="small" label={o.statusText} color={CHIP[TONE[o.status]]} /></TableCell>
                  <TableCell>{o.tracking ? o.tracking.split(' ').pop() : '—'}</TableCell>
                  <TableCell><Button size="small" variant="outlined">{o.status === 'awaiting_shipment' ? 'ثبت ارسال' : 'جزئیات'}</Button></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Box>
    </ThemeProvider>
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
function App() {
  useReady(600);
  return (
    <Container fluid className="p-3">
      <h4>{O.heading}</h4>
      <Table bordered hover size="sm" className="small">
        <thead className="table-light"><tr><th><Form.Check aria-label="all" /></th>{['অর্ডার নম্বর', 'অর্ডারের তারিখ', 'পণ্য', 'পরিমাণ', 'একক মূল্য', 'মোট', 'অবস্থা', 'ট্র্যাকিং নম্বর', 'গ্রাহক'].map((h) => <th key={h}>{h}</th>)}</tr></thead>
        <tbody>
          {P.orders.map((o) => (
            <tr key={o.orderId}>
              <td><Form.Check aria-label="select" /></td>
              <td><a href="#">{o.orderId}</a></td>
              <td>{o.dateText}</td>
              <td>{o.items.map((it, k) => <div key={k}>{it.name}<div className="text-muted">সেলার SKU: {it.code}</div></div>)}</td>
              <td>{o.items.map((it, k) => <div key={k}>{it.qtyText}</div>)}</td>
              <td className="text-end">{o.items.map((it, k) => <div key={k}>{it.priceText}</div>)}</td>
              <td className="text-end"><b>{o.totalText}</b><div className="text-muted">ডেলিভারি চার্জ {o.shippingText}</div></td>
              <td><Badge bg={BG[TONE[o.status]]}>{o.statusText}</Badge></td>
              <td>{o.tracking ? o.tracking.split(' ').pop() : '—'}</td>
              <td>{o.buyer}<div className="text-muted">{o.phone}</div></td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Container>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
};
const VERSION_OF = { antd: 'antd', semi: '@douyinfe/semi-ui', mantine: '@mantine/core', mui: '@mui/material', bootstrap: 'react-bootstrap' };

// ---------- the renderer: heldout-render.mjs, with this set's pages ----------
const SET = { name: 'heldout15', pages: HELDOUT15_PAGES, modules: MODULES, versionOf: VERSION_OF, ordersOf: heldout15Orders, decoysOf: decoys15Of };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await renderSet(SET, process.argv[2] || '');
