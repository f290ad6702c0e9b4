/**
 * Cell meanings and the header synonyms (zh + en) that name them. A header is matched after
 * `normalizeHeader`: lower case, no spaces, no trailing colon or '#', no "(元)"-style unit.
 */
import { CELL_KEYS, type CellKey } from '../schema/cell-keys';

export { CELL_KEYS, type CellKey };

/** Keys that belong to one item line; an order with several item rows has one of each per row. */
export const ITEM_KEYS: ReadonlySet<CellKey> = new Set<CellKey>(['item', 'sku', 'quantity', 'unitPrice']);

/**
 * Order-level keys a console may show once per item row (Taobao's 售后: a refund is asked and
 * granted item by item): the order keeps its first row's text, and each item line its own.
 */
export const PER_LINE_KEYS: ReadonlySet<CellKey> = new Set<CellKey>(['afterSales']);

export type HeaderSynonyms = Partial<Record<CellKey, readonly string[]>>;

/** Keys read only where a console's adapter names their columns (schema: lib/schema/cell-keys.ts). */
type AdapterOnlyKey = 'deliveredAt' | 'deliverBy' | 'lastTrackingAt' | 'buyerMessageAt' | 'rating' | 'review' | 'stockShort';

/**
 * Header words per key, for every key but those an adapter alone names: a shared word ("Rating",
 * "Review") would misread other sites' columns, and every word here weighs on each content script.
 */
export const HEADER_SYNONYMS: Readonly<Record<Exclude<CellKey, AdapterOnlyKey>, readonly string[]>> & HeaderSynonyms = {
  orderId: ['订单号', '订单编号', '订单id', '订单', '主订单号', 'orderid', 'order', 'ordernumber', 'orderno', 'order#'],
  placedAt: ['下单时间', '创建时间', '订单创建时间', '成交时间', '下单日期', 'orderdate', 'date', 'created', 'createdat', 'datecreated', 'placed', 'ordertime', 'orderplaced',
    // TikTok Shop's Created time, nopCommerce's Created on, OpenCart's Date Added, Vendure's Placed at (test/corpus/render/heldout3.mjs).
    'createdtime', 'createdon', 'dateadded', 'placedat'],
  paidAt: ['付款时间', '支付时间', '付款日期', 'paidat', 'paidon', 'paymentdate', 'paymenttime', 'paiddate'],
  buyer: ['买家', '买家昵称', '买家账号', '买家信息', '客户', 'buyer', 'customer', 'buyername', 'customername', '买家会员名'],
  item: ['商品', '宝贝', '商品名称', '商品信息', '宝贝名称', '宝贝信息', '商品标题', 'item', 'items', 'itemtitle', 'product', 'products', 'productname', 'title'],
  sku: ['规格', '商品规格', '颜色分类', 'sku', 'variant', 'variation'],
  quantity: ['数量', '购买数量', '件数', 'quantity', 'qty', 'units'],
  unitPrice: ['单价', '商品单价', '价格', 'price', 'unitprice', 'itemprice'],
  subtotal: ['商品总价', '商品金额', '小计', '货款', 'subtotal', 'itemstotal', 'itemssubtotal'],
  shipping: ['运费', '快递费', '邮费', 'shipping', 'shippingfee', 'shippingcost', 'postage', 'delivery'],
  discount: ['优惠', '优惠金额', '折扣', '店铺优惠', 'discount', 'discounts', 'promotion'],
  paid: ['实付款', '实收款', '实付金额', '实收金额', '订单金额', '支付金额', '付款金额', 'total', 'ordertotal', 'amount', 'amountpaid', 'grandtotal', 'paid',
    // Lazada's Total Amount, TikTok Shop's Order amount, 视频号小店's 订单实付 (test/corpus/render/heldout3.mjs).
    'totalamount', 'orderamount', '订单实付'],
  status: ['订单状态', '交易状态', '状态', 'status', 'orderstatus', 'state'],
  afterSales: ['售后状态', '售后', '退款状态', 'returnstatus', 'refundstatus'],
  paymentStatus: ['付款状态', '支付状态', 'paymentstatus', 'financialstatus'],
  shipBy: ['承诺发货时间', '最晚发货时间', '发货截止时间', '发货时限', 'shipby', 'shipbydate', 'dispatchby'],
  trackingNo: ['运单号', '物流单号', '快递单号', 'trackingnumber', 'trackingno', 'tracking', 'trackingid'],
  carrier: ['物流公司', '快递公司', '承运商', 'carrier', 'shippingcarrier', 'courier'],
  buyerMessage: ['买家留言', '留言', '买家备注', 'buyermessage', 'notefrombuyer', 'message'],
  sellerRemark: ['卖家备注', '商家备注', '备注', 'sellerremark', 'sellernote', 'remark', 'privatenote'],
};

export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/^[:：#*]+|[:：.*]+$/g, '');
}

/** Builds header → key lookup; adapter synonyms are added to (and win over) the shared ones. */
export function headerLookup(extra: HeaderSynonyms = NO_SYNONYMS): (header: string) => CellKey | undefined {
  // Built once per synonym set: normalising every synonym was a quarter of a table read.
  let lookup = lookups.get(extra);
  if (lookup === undefined) {
    lookup = buildLookup(extra);
    lookups.set(extra, lookup);
  }
  return lookup;
}

const NO_SYNONYMS: HeaderSynonyms = {};
const lookups = new WeakMap<HeaderSynonyms, (header: string) => CellKey | undefined>();

function buildLookup(extra: HeaderSynonyms): (header: string) => CellKey | undefined {
  const map = new Map<string, CellKey>();
  for (const key of CELL_KEYS) for (const s of HEADER_SYNONYMS[key] ?? []) map.set(normalizeHeader(s), key);
  for (const key of CELL_KEYS) for (const s of extra[key] ?? []) map.set(normalizeHeader(s), key);
  return (header) => map.get(normalizeHeader(header));
}
