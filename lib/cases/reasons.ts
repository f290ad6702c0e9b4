/**
 * After-sales reasons (DOMAIN.md): the consoles' refund, return, cancel and dispute reason texts,
 * Chinese and English, mapped to one class; the raw text is always kept beside it. Pure: imports,
 * page reads and the weekly summary call it the same way.
 *
 * A text is matched on phrases, most specific class first (a damaged parcel that never arrived
 * whole is "damaged", not "not received"). A text too long to be a reason (a pasted message) or
 * in a language the phrases do not cover is class `other`, never guessed.
 */
import { AFTER_SALES_STATUSES } from '../normalize';
import type { AfterSalesReasonClass, Order, OrderStatus } from '../schema';

/** Longer than any reason a console shows: a pasted message or a whole page, not a reason. */
export const REASON_TEXT_MAX = 500;

/**
 * Phrases per class, in the order they are tried. English phrases are matched on lower-cased text
 * with `_`/`-` as spaces (Amazon's return report writes `DAMAGED_BY_CARRIER`), on word edges.
 */
const RULES: readonly (readonly [AfterSalesReasonClass, readonly string[], readonly string[]])[] = [
  [
    'refused',
    ['拒收', '拒签', '拒绝签收', '原件退回', '退回寄件人', '退回发件人', '无法派送', '地址不详退回'],
    ['refused', 'rejected by buyer', 'delivery rejected', 'returned to seller', 'returned to sender', 'return to sender', 'undeliverable'],
  ],
  // The buyer's own slip names the item too ("ordered wrong item"): tried before the seller's wrong item.
  ['changed_mind', ['拍错', '买错', '多拍', '拍多了'], ['ordered wrong', 'ordered the wrong', 'ordered by mistake', 'bought by mistake', 'bought the wrong']],
  [
    'out_of_stock',
    ['缺货', '无货', '没货', '断货', '库存不足', '超卖', '已售罄', '售罄', '卖完', '商家无法发货', '卖家无法发货'],
    ['out of stock', 'sold out', 'oversold', 'no stock', 'items unavailable', 'item unavailable', 'inventory', 'backorder', 'backordered', "couldn't ship", 'could not ship', 'unable to ship'],
  ],
  [
    'wrong_item',
    ['错发', '发错', '发货错误', '商品错误', '收到商品不符', '颜色不对', '尺码不对', '型号不对', '规格不对', '款式不对', '货不对板', '与订单不符'],
    ['wrong item', 'wrong size', 'wrong color', 'wrong colour', 'wrong product', 'wrong model', 'incorrect item', 'different item', 'not what i ordered', 'switcheroo', 'item sent in error'],
  ],
  [
    'missing_item',
    ['漏发', '少发', '少件', '缺件', '少了', '配件缺失', '缺少配件', '配件不全', '赠品未发', '只收到', '部分商品未收到'],
    ['missing item', 'missing items', 'missing part', 'missing parts', 'missing piece', 'missing pieces', 'items missing', 'item missing', 'parts missing', 'incomplete', 'partial delivery', 'only received', 'empty box', 'empty package'],
  ],
  [
    'damaged',
    ['破损', '损坏', '损毁', '货损', '碎了', '压坏', '摔坏', '压扁', '漏液', '渗漏', '变形', '包装破', '外包装破'],
    ['damaged', 'broken', 'cracked', 'crushed', 'shattered', 'dented', 'leaking', 'leaked', 'arrived damaged', 'damaged by carrier', 'damaged by fc'],
  ],
  [
    'not_as_described',
    ['描述不符', '与描述不符', '与图片不符', '与页面不符', '与宣传不符', '图片不符', '实物不符', '色差', '材质不符', '假货', '假冒', '非正品', '尺寸与描述'],
    ['not as described', "doesn't match description", 'does not match description', "doesn't match the description", 'not as pictured', 'not as advertised', 'different from picture', 'different from the picture', 'different from description', 'snad', 'counterfeit', 'fake', 'not authentic', 'inaccurate website description', 'not compatible'],
  ],
  [
    'quality',
    ['质量问题', '质量差', '质量不好', '做工差', '做工粗糙', '瑕疵', '次品', '有异味', '故障', '不能用', '无法使用', '用不了', '坏掉', '开线', '起球', '褪色', '掉色', '失效', '过期'],
    ['defective', 'defect', 'faulty', 'poor quality', 'bad quality', 'low quality', 'quality unacceptable', 'quality', "doesn't work", 'does not work', 'not working', 'stopped working', 'malfunction', 'expired'],
  ],
  [
    'not_received',
    ['未收到', '没收到', '没有收到', '收不到', '包裹丢失', '快递丢失', '物流丢失', '丢件', '丢失', '显示签收但', '未签收'],
    ['not received', 'never arrived', 'never received', "didn't receive", 'did not receive', "hasn't arrived", 'has not arrived', 'item not received', 'lost in transit', 'lost package', 'lost parcel', 'package lost', 'parcel lost'],
  ],
  [
    'late',
    ['延迟发货', '延期发货', '未按约定时间发货', '未按时发货', '发货慢', '发货太慢', '迟迟不发', '迟迟未发', '物流太慢', '物流慢', '送达超时', '超时', '延误', '延迟', '太久'],
    ['late', 'delayed', 'delay', 'too slow', 'took too long', 'arrived too late', 'missed estimated delivery', 'missed delivery', 'late delivery', 'late shipment', 'not shipped on time', "didn't ship on time"],
  ],
  [
    'changed_mind',
    ['不想要了', '不要了', '不想要', '拍错', '多拍', '拍多了', '买错', '不喜欢', '七天无理由', '7天无理由', '无理由', '改变主意', '协商一致', '买家取消', '重复下单', '地址填错', '信息填写错误', '尺码不合适', '不合适', '降价'],
    ['changed mind', 'changed my mind', 'change of mind', 'no longer needed', 'no longer need', 'no longer want', "don't want", 'do not want', 'unwanted', 'ordered by mistake', 'ordered wrong', 'bought by mistake', 'accidental order', 'mistaken purchase', 'found better price', 'found a better price', 'better price', 'buyer requested', 'customer requested', 'customer changed', 'customer canceled', 'customer cancelled', 'doesn\'t fit', 'does not fit', 'too small', 'too large', 'too big', 'apparel style', 'no reason given', 'unauthorized purchase', 'duplicate order'],
  ],
];

/** English phrases as word-edged patterns, built once. */
const PATTERNS: readonly (readonly [AfterSalesReasonClass, readonly string[], RegExp])[] = RULES.map(([reason, zh, en]) => [
  reason,
  zh,
  new RegExp(`(?:^|[^a-z])(?:${en.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![a-z])`),
]);

/** The class of one reason text: `other` when no phrase matches, when it is empty, or too long to be a reason. */
export function classifyReason(text: string): AfterSalesReasonClass {
  if (text.length > REASON_TEXT_MAX) return 'other';
  const t = text.toLowerCase().replace(/[_\-–—]+/g, ' ').replace(/\s+/g, ' ');
  const compact = t.replace(/\s+/g, '');
  for (const [reason, zh, en] of PATTERNS) {
    if (zh.some((p) => compact.includes(p)) || en.test(t)) return reason;
  }
  return 'other';
}

/** True when a text names a known class (anything but `other`). */
export const namesReason = (text: string): boolean => classifyReason(text) !== 'other';

/** What an order carries: the text as shown (up to the schema's 500 characters) and its class. */
export function reasonOf(text: string): NonNullable<Order['afterSalesReason']> {
  const raw = text.replace(/\s+/g, ' ').trim();
  return { raw: raw.slice(0, REASON_TEXT_MAX), reason: classifyReason(raw) };
}

/** Statuses whose order carries an after-sales reason: refunds, returns, disputes and cancellations. */
const REASON_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([...AFTER_SALES_STATUSES, 'cancelled']);

/**
 * The after-sales reason of an order, from where consoles write it: a reason column or field
 * (kept even when its class is `other`), else, for an order in a refund, return, dispute or
 * cancellation, the status text ("Shipped - Returned to Seller") or the buyer's message when
 * either names a known class. Undefined when nothing names one.
 */
export function afterSalesReasonFor(
  order: Pick<Order, 'status' | 'statusRaw' | 'buyerMessage'>,
  reasonText?: string,
): Order['afterSalesReason'] {
  if (reasonText !== undefined && reasonText.trim() !== '') return reasonOf(reasonText);
  if (!REASON_STATUSES.has(order.status)) return undefined;
  for (const text of [order.statusRaw, order.buyerMessage]) {
    if (text !== undefined && namesReason(text)) return reasonOf(text);
  }
  return undefined;
}

/** The order with its after-sales reason filled in when it has none yet and one is found. */
export function withAfterSalesReason<T extends Order>(order: T, reasonText?: string): T {
  if (order.afterSalesReason !== undefined) return order;
  const found = afterSalesReasonFor(order, reasonText);
  return found === undefined ? order : { ...order, afterSalesReason: found };
}
