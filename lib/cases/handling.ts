/**
 * How a case is handled, by kind (DOMAIN.md "Handling checklists, by family", from the seed's
 * 处理措施 for each kind of abnormal order): the causes a seller picks from and the measures of
 * the checklist. Words are kept here, next to their codes, in both languages.
 */
import type { AfterSalesReasonClass, Bilingual, ResponsibleParty } from '../schema';

export const HANDLING_KINDS = [
  'late_shipment',
  'stock',
  'lost_parcel',
  'wrong_item',
  'damaged',
  'cancellation',
  'refund',
  'complaint',
  'payment',
  'duplicate',
  'address',
  'general',
] as const;
export type HandlingKind = (typeof HANDLING_KINDS)[number];

export const HANDLING_NAMES: Record<HandlingKind, Bilingual> = {
  late_shipment: { en: 'Late shipment', zh: '延迟发货' },
  stock: { en: 'Out of stock', zh: '库存不足' },
  lost_parcel: { en: 'Parcel late or lost', zh: '物流延误或丢失' },
  wrong_item: { en: 'Wrong or missing item', zh: '错发漏发' },
  damaged: { en: 'Damaged', zh: '货损' },
  cancellation: { en: 'Cancellation', zh: '订单取消' },
  refund: { en: 'Refund or return', zh: '退款退货' },
  complaint: { en: 'Complaint or dispute', zh: '投诉纠纷' },
  payment: { en: 'Payment or amount', zh: '支付金额异常' },
  duplicate: { en: 'Duplicate order', zh: '重复下单' },
  address: { en: 'Address', zh: '地址异常' },
  general: { en: 'Other', zh: '其他' },
};

/** The seller's words for each party. */
export const PARTY_NAMES: Record<ResponsibleParty, Bilingual> = {
  seller: { en: 'Seller (us)', zh: '卖家（我方）' },
  carrier: { en: 'Carrier', zh: '快递物流' },
  platform: { en: 'Platform', zh: '平台' },
  buyer: { en: 'Buyer', zh: '买家' },
  supplier: { en: 'Supplier', zh: '供应商' },
  unknown: { en: 'Not known yet', zh: '尚不清楚' },
};

/** Every cause code and its words; `party` is who is usually responsible, offered first. */
export const CAUSES = {
  stock_short: { en: 'Not enough stock', zh: '库存不足', party: 'seller' },
  stock_count_wrong: { en: 'Stock count was wrong (oversold)', zh: '库存数据错误（超卖）', party: 'seller' },
  packing_backlog: { en: 'Packing backlog', zh: '仓库打包积压', party: 'seller' },
  peak_volume: { en: 'More orders than we could ship (peak)', zh: '订单高峰，发货不及', party: 'seller' },
  supplier_late: { en: 'Supplier delivered late', zh: '供应商到货延迟', party: 'supplier' },
  carrier_pickup_late: { en: 'Carrier picked up late', zh: '快递揽收延迟', party: 'carrier' },
  carrier_delay: { en: 'Delayed in transit', zh: '运输途中延误', party: 'carrier' },
  lost_in_transit: { en: 'Lost in transit', zh: '运输途中丢失', party: 'carrier' },
  damaged_in_transit: { en: 'Damaged in transit', zh: '运输途中破损', party: 'carrier' },
  weather_or_holiday: { en: 'Weather, holiday or force majeure', zh: '天气、节假日或不可抗力', party: 'unknown' },
  customs: { en: 'Held at customs', zh: '海关清关滞留', party: 'unknown' },
  tracking_entry_error: { en: 'Tracking number entered wrong', zh: '运单号填写错误', party: 'seller' },
  tracking_not_updated: { en: 'Carrier did not update tracking', zh: '快递未更新物流信息', party: 'carrier' },
  wrong_address: { en: 'Wrong or incomplete address', zh: '地址错误或不完整', party: 'buyer' },
  address_change: { en: 'Buyer changed the address late', zh: '买家事后修改地址', party: 'buyer' },
  buyer_unreachable: { en: 'Buyer could not be reached', zh: '联系不上买家', party: 'buyer' },
  picking_error: { en: 'Picked or packed wrong', zh: '拣货或打包出错', party: 'seller' },
  listing_error: { en: 'Listing or description wrong', zh: '商品信息或描述有误', party: 'seller' },
  quality_defect: { en: 'Quality defect', zh: '商品质量问题', party: 'supplier' },
  packaging_weak: { en: 'Packaging too weak', zh: '包装不够牢固', party: 'seller' },
  buyer_changed_mind: { en: 'Buyer changed their mind', zh: '买家不想要了', party: 'buyer' },
  buyer_refused: { en: 'Buyer refused the parcel', zh: '买家拒收', party: 'buyer' },
  buyer_bad_faith: { en: 'Buyer acting in bad faith', zh: '买家恶意行为', party: 'buyer' },
  price_error: { en: 'Price set wrong', zh: '价格设置错误', party: 'seller' },
  discount_error: { en: 'Discount or coupon applied wrong', zh: '优惠券或折扣计算错误', party: 'seller' },
  payment_system: { en: 'Payment system problem', zh: '支付系统问题', party: 'platform' },
  buyer_ordered_twice: { en: 'Buyer ordered twice', zh: '买家重复下单', party: 'buyer' },
  system_duplicate: { en: 'System created a duplicate', zh: '系统重复生成订单', party: 'platform' },
  slow_reply: { en: 'We replied too slowly', zh: '我方回复不及时', party: 'seller' },
  service_attitude: { en: 'Service manner', zh: '客服态度问题', party: 'seller' },
  misunderstanding: { en: 'Misunderstanding', zh: '沟通误会', party: 'unknown' },
  platform_rule: { en: 'Platform rule or decision', zh: '平台规则或判定', party: 'platform' },
  false_alarm: { en: 'Nothing was wrong', zh: '实际并无异常', party: 'unknown' },
  other: { en: 'Other', zh: '其他原因', party: 'unknown' },
} as const satisfies Record<string, Bilingual & { party: ResponsibleParty }>;
export type CauseCode = keyof typeof CAUSES;

/** The short list of causes offered for each kind, likeliest first ('other' always last). */
export const CAUSES_BY_KIND: Record<HandlingKind, readonly CauseCode[]> = {
  late_shipment: ['stock_short', 'packing_backlog', 'peak_volume', 'supplier_late', 'carrier_pickup_late', 'weather_or_holiday', 'other'],
  stock: ['stock_short', 'stock_count_wrong', 'supplier_late', 'other'],
  lost_parcel: ['carrier_delay', 'lost_in_transit', 'wrong_address', 'buyer_unreachable', 'weather_or_holiday', 'customs', 'tracking_entry_error', 'tracking_not_updated', 'other'],
  wrong_item: ['picking_error', 'listing_error', 'supplier_late', 'quality_defect', 'buyer_bad_faith', 'other'],
  damaged: ['damaged_in_transit', 'packaging_weak', 'quality_defect', 'buyer_bad_faith', 'other'],
  cancellation: ['buyer_changed_mind', 'stock_short', 'packing_backlog', 'price_error', 'address_change', 'buyer_ordered_twice', 'other'],
  refund: ['quality_defect', 'listing_error', 'picking_error', 'damaged_in_transit', 'carrier_delay', 'buyer_changed_mind', 'buyer_refused', 'buyer_bad_faith', 'other'],
  complaint: ['slow_reply', 'service_attitude', 'quality_defect', 'carrier_delay', 'misunderstanding', 'buyer_bad_faith', 'platform_rule', 'other'],
  payment: ['price_error', 'discount_error', 'payment_system', 'other'],
  duplicate: ['buyer_ordered_twice', 'system_duplicate', 'false_alarm', 'other'],
  address: ['wrong_address', 'address_change', 'buyer_unreachable', 'other'],
  general: ['false_alarm', 'other'],
};

/** The measures of each kind's checklist, in the order they are usually done. */
export const MEASURES = {
  tell_buyer_why: { en: 'Tell the buyer at once, and why', zh: '第一时间告知买家并说明原因' },
  give_new_time: { en: 'Give the buyer a new time', zh: '告知买家新的发货或送达时间' },
  offer_compensation: { en: 'Offer a partial refund, compensation or a substitute', zh: '提供部分退款、补偿或替代商品' },
  ship: { en: 'Ship the order', zh: '安排发货' },
  check_first_scan: { en: 'Check the carrier’s first scan', zh: '核对快递揽收记录' },
  fix_cause: { en: 'Fix what caused it', zh: '解决造成问题的根源' },
  offer_wait_substitute_cancel: { en: 'Offer to wait, a substitute, or cancel with a full refund', zh: '请买家选择等待、换购或取消并全额退款' },
  correct_stock: { en: 'Correct the stock count', zh: '更正库存数量' },
  restock: { en: 'Order new stock from the supplier', zh: '向供应商补货' },
  ask_carrier_trace: { en: 'Ask the carrier to trace the parcel', zh: '联系快递查件' },
  tell_buyer_apologise: { en: 'Tell the buyer and apologise', zh: '告知买家并致歉' },
  reship_or_refund: { en: 'Reship or refund', zh: '补发或退款' },
  claim_carrier: { en: 'Claim from the carrier under its contract', zh: '按合同向快递索赔' },
  watch_carrier: { en: 'Note it on the carrier’s record', zh: '记入快递的服务记录' },
  apologise: { en: 'Apologise to the buyer', zh: '向买家致歉' },
  ask_photo: { en: 'Ask the buyer for a photo', zh: '请买家提供照片' },
  replacement_or_refund: { en: 'Send a replacement or refund', zh: '换货或退款' },
  check_how: { en: 'Check how it happened (picking, listing, supplier)', zh: '查明原因（拣货、商品信息、供应商）' },
  confirm_cancel: { en: 'Confirm the cancellation quickly', zh: '尽快确认取消' },
  intercept_parcel: { en: 'Stop or intercept the parcel if shipped', zh: '如已发货，拦截包裹' },
  refund_quickly: { en: 'Refund quickly', zh: '尽快退款' },
  record_reason: { en: 'Record the reason', zh: '记录原因' },
  check_request: { en: 'Check the request against the order', zh: '核对退款申请与订单' },
  check_return: { en: 'Check the returned parcel or the photos', zh: '查验退回商品或照片' },
  refund_or_answer: { en: 'Refund, or answer with reasons before the platform’s deadline', zh: '在平台时限前退款或说明理由' },
  acknowledge_24h: { en: 'Acknowledge within 24 h', zh: '24小时内受理并回复' },
  gather_evidence: { en: 'Gather evidence', zh: '收集证据' },
  investigate: { en: 'Investigate', zh: '调查核实' },
  resolve: { en: 'Resolve', zh: '解决问题' },
  report_back: { en: 'Report back to the buyer', zh: '向买家反馈结果' },
  check_amounts: { en: 'Check the amounts against the console', zh: '在后台核对金额' },
  contact_buyer: { en: 'Contact the buyer', zh: '联系买家' },
  correct_or_refund: { en: 'Correct the order or refund the difference', zh: '更正订单或退还差额' },
  ask_buyer_which: { en: 'Ask the buyer which order to keep', zh: '向买家确认保留哪一单' },
  cancel_extra: { en: 'Cancel the extra order and refund it', zh: '取消多余订单并退款' },
  confirm_address: { en: 'Confirm the address with the buyer', zh: '与买家确认地址' },
  update_address: { en: 'Update the address, or tell the carrier', zh: '修改地址或通知快递' },
  review_case: { en: 'Look into the case', zh: '查看并分析情况' },
  act: { en: 'Act on it', zh: '处理' },
} as const satisfies Record<string, Bilingual>;
export type MeasureCode = keyof typeof MEASURES;

export const MEASURES_BY_KIND: Record<HandlingKind, readonly MeasureCode[]> = {
  late_shipment: ['tell_buyer_why', 'give_new_time', 'offer_compensation', 'ship', 'check_first_scan'],
  stock: ['tell_buyer_why', 'offer_wait_substitute_cancel', 'correct_stock', 'restock'],
  lost_parcel: ['ask_carrier_trace', 'tell_buyer_apologise', 'reship_or_refund', 'claim_carrier', 'watch_carrier'],
  wrong_item: ['apologise', 'ask_photo', 'replacement_or_refund', 'check_how'],
  damaged: ['ask_photo', 'reship_or_refund', 'claim_carrier'],
  cancellation: ['confirm_cancel', 'intercept_parcel', 'refund_quickly', 'record_reason'],
  refund: ['check_request', 'check_return', 'refund_or_answer', 'record_reason'],
  complaint: ['acknowledge_24h', 'gather_evidence', 'investigate', 'resolve', 'report_back'],
  payment: ['check_amounts', 'contact_buyer', 'correct_or_refund'],
  duplicate: ['ask_buyer_which', 'cancel_extra'],
  address: ['confirm_address', 'update_address'],
  general: ['review_case', 'act', 'record_reason'],
};

/** Detector families (lib/detectors) → handling kind; refunds and after-sales are refined by reason. */
const KIND_OF_FAMILY: Record<string, HandlingKind> = {
  shipping: 'late_shipment',
  stock: 'stock',
  delivery: 'lost_parcel',
  tracking: 'lost_parcel',
  cancellation: 'cancellation',
  refund: 'refund',
  abuse: 'refund',
  complaints: 'complaint',
  reviews: 'complaint',
  'after-sales': 'complaint',
  payment: 'payment',
  outliers: 'payment',
  creation: 'duplicate',
  address: 'address',
};

const KIND_OF_REASON: Partial<Record<AfterSalesReasonClass, HandlingKind>> = {
  wrong_item: 'wrong_item',
  missing_item: 'wrong_item',
  damaged: 'damaged',
  out_of_stock: 'stock',
  late: 'lost_parcel',
};

/**
 * The handling kind of a case of detector family `family`, refined by the order's after-sales
 * reason for refunds, returns and complaints (a refund for a damaged parcel follows the damage
 * checklist).
 */
export function handlingKind(family: string, reason?: AfterSalesReasonClass): HandlingKind {
  const kind = KIND_OF_FAMILY[family] ?? 'general';
  if ((kind === 'refund' || kind === 'complaint') && reason !== undefined) return KIND_OF_REASON[reason] ?? kind;
  return kind;
}

export const isCauseCode = (code: string): code is CauseCode => Object.hasOwn(CAUSES, code);
export const isMeasureCode = (code: string): code is MeasureCode => Object.hasOwn(MEASURES, code);

/** The parties in the order they are offered: the likeliest first, "not known yet" last. */
export const RESPONSIBLE_PARTIES_SHOWN: readonly ResponsibleParty[] = ['seller', 'carrier', 'supplier', 'buyer', 'platform', 'unknown'];
