/**
 * Built-in reply templates, written for this product (DOMAIN.md, "Reply templates"): fast,
 * specific to the order, an apology where the seller is at fault, a plain explanation, a
 * concrete remedy and a promised follow-up. None asks for a review, none leads off the
 * marketplace: test/templates/catalogue.test.ts runs every one through every policy guard.
 * Each detector's replies live in its check file (`replies`); here, their shape and the replies
 * no one detector owns. The seller's own edits and templates live in storage (store.ts) and
 * override these by id.
 */
import type { AfterSalesReasonClass, Bilingual } from '../schema';
import { DETECTOR_REPLIES } from '../../.wxt/registry/detector-texts';

export const TEMPLATE_VARIABLES = ['buyer', 'orderId', 'item', 'carrier', 'trackingNo', 'amount', 'eta', 'shop'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export const TEMPLATE_FAMILIES = [
  'shipping',
  'delivery',
  'tracking',
  'address',
  'cancellation',
  'refund',
  'complaints',
  'after-sales',
  'reviews',
  'stock',
  'payment',
  'creation',
  'amount',
  'stage',
  'care',
  'reason',
] as const;
export type TemplateFamily = (typeof TEMPLATE_FAMILIES)[number];

export type TemplateAudience = 'buyer' | 'carrier';

/**
 * The seed's complaint flow (受理 → 证据 → 核实 → 解决 → 反馈), as replies: acknowledge within
 * 24 h, ask for evidence, propose a remedy, close, and a caring follow-up after delivery (关怀).
 */
export const COMPLAINT_STEPS = ['acknowledge', 'evidence', 'remedy', 'close', 'care'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

export interface ReplyTemplate {
  readonly id: string;
  readonly family: TemplateFamily;
  /** Detector ids (and 'seller-note') whose cases list this template. */
  readonly detectors: readonly string[];
  readonly audience: TemplateAudience;
  readonly title: Bilingual;
  readonly body: Bilingual;
  /** After-sales reasons whose cases list this template first, whatever the detector. */
  readonly reasons?: readonly AfterSalesReasonClass[];
  /** Its step in the complaint flow, when it is one. */
  readonly step?: ComplaintStep;
}

/** The replies no one detector owns: the carrier's trace request, the care message and one per after-sales reason. */
const SHARED_REPLIES: readonly ReplyTemplate[] = [
  // To the carrier, not the buyer.
  {
    id: 'carrier-trace-request',
    family: 'tracking',
    detectors: ['tracking-stalled', 'delivery-overdue', 'tracking-invalid'],
    audience: 'carrier',
    title: { en: 'Trace request to the carrier', zh: '向快递申请查件' },
    body: {
      en: 'Hello {carrier} support, please trace parcel {trackingNo}, sent by {shop} for order {orderId}. Its tracking has shown no movement for several days and the customer is waiting. Please tell us where the parcel is and when it will be delivered, or confirm that it is lost so that we can file a claim. Declared value: {amount}. Thank you.',
      zh: '{carrier}客服您好，请帮忙查询运单{trackingNo}，寄件方{shop}，订单号{orderId}。该件物流已多日没有更新，收件人在等待。请告知包裹目前位置和预计派送时间；如确认丢失，请告知理赔流程。申报价值：{amount}。谢谢。',
    },
  },
  // Optional care message after delivery (售后回访): a check-in, no review request.
  {
    id: 'care-after-delivery',
    family: 'care',
    detectors: ['delivery-overdue', 'tracking-stalled', 'seller-note'],
    step: 'care',
    audience: 'buyer',
    title: { en: 'After delivery: checking in', zh: '售后回访' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}) should be with you now. Did everything arrive complete and in good condition? If anything is missing or not right, reply here and we will sort it out quickly. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}）应该已经收到了。商品是否完好、齐全？如有缺件或任何问题，回复这里，我们会尽快为您处理。——{shop}',
    },
  },
  // One reply per after-sales reason: listed first on a case whose order carries that reason.
  {
    id: 'reason-out-of-stock',
    family: 'reason',
    detectors: [],
    reasons: ['out_of_stock'],
    audience: 'buyer',
    title: { en: 'Reason: out of stock', zh: '售后原因：缺货' },
    body: {
      en: 'Hello {buyer}, I am sorry: {item} in order {orderId} is out of stock, and that is our mistake. You can wait for new stock (expected by {eta}) or have a full refund of {amount} today. Reply here with your choice. — {shop}',
      zh: '{buyer}您好，非常抱歉，订单{orderId}中的{item}缺货了，是我们的疏忽。您可以等待到货（预计{eta}前），也可以今天全额退款{amount}。回复这里告诉我们您的选择。——{shop}',
    },
  },
  {
    id: 'reason-wrong-item',
    family: 'reason',
    detectors: [],
    reasons: ['wrong_item'],
    audience: 'buyer',
    title: { en: 'Reason: wrong item sent', zh: '售后原因：发错货' },
    body: {
      en: 'Hello {buyer}, I am sorry we sent the wrong item for order {orderId}. Please send us a photo of what you received. We will ship the right {item} by {eta}, and the return of the wrong one is at our cost; or, if you prefer, we refund {amount}. — {shop}',
      zh: '{buyer}您好，订单{orderId}给您发错了货，非常抱歉。麻烦您拍一张收到的商品照片发给我们。我们会在{eta}前补发正确的{item}，退回错发商品的运费由我们承担；如果您更希望退款，我们退您{amount}。——{shop}',
    },
  },
  {
    id: 'reason-missing-item',
    family: 'reason',
    detectors: [],
    reasons: ['missing_item'],
    audience: 'buyer',
    title: { en: 'Reason: something missing', zh: '售后原因：漏发少件' },
    body: {
      en: 'Hello {buyer}, I am sorry part of order {orderId} was missing. Please tell us here what did not arrive (a photo of the open box helps). We will send the missing {item} by {eta} at our cost, or refund {amount} for it, as you prefer. — {shop}',
      zh: '{buyer}您好，订单{orderId}少发了商品，非常抱歉。麻烦您在这里告诉我们缺了什么（附一张开箱照片更好）。我们会在{eta}前免费补发缺少的{item}，或者为这部分退款{amount}，由您选择。——{shop}',
    },
  },
  {
    id: 'reason-damaged',
    family: 'reason',
    detectors: [],
    reasons: ['damaged'],
    audience: 'buyer',
    title: { en: 'Reason: arrived damaged', zh: '售后原因：商品破损' },
    body: {
      en: 'Hello {buyer}, I am sorry {item} in order {orderId} arrived damaged. Please send us here a photo of the damage and of the box. We will send a new one by {eta} or refund {amount}, as you prefer, and we take the matter up with the carrier ourselves. — {shop}',
      zh: '{buyer}您好，订单{orderId}中的{item}到货破损，非常抱歉。麻烦您在这里发一张破损处和外包装的照片。我们会在{eta}前为您补发新的，或退款{amount}，由您选择；向快递索赔的事由我们来处理。——{shop}',
    },
  },
  {
    id: 'reason-refused',
    family: 'reason',
    detectors: [],
    reasons: ['refused'],
    audience: 'buyer',
    title: { en: 'Reason: parcel refused or returned', zh: '售后原因：拒收退回' },
    body: {
      en: 'Hello {buyer}, the parcel for order {orderId} ({item}) came back to us from {carrier}. If you still want it, reply here and we send it again by {eta}; if not, we refund {amount} once it is back with us. — {shop}',
      zh: '{buyer}您好，订单{orderId}（{item}）的包裹被{carrier}退回给我们了。如果您还需要，回复这里，我们在{eta}前重新寄出；如果不需要了，包裹退回后我们为您退款{amount}。——{shop}',
    },
  },
  {
    id: 'reason-late',
    family: 'reason',
    detectors: [],
    reasons: ['late'],
    audience: 'buyer',
    title: { en: 'Reason: late', zh: '售后原因：延误' },
    body: {
      en: 'Hello {buyer}, I am sorry order {orderId} ({item}) is taking so long. It is with {carrier}, tracking number {trackingNo}, and should reach you by {eta}. For the wait we can refund part of the price; reply here if you would like that. I will check the tracking again tomorrow. — {shop}',
      zh: '{buyer}您好，订单{orderId}（{item}）让您久等了，非常抱歉。包裹在{carrier}，运单号{trackingNo}，预计{eta}前送达。为弥补等待，我们可以退还部分货款，需要的话回复这里。明天我们会再查一次物流。——{shop}',
    },
  },
  {
    id: 'reason-quality',
    family: 'reason',
    detectors: [],
    reasons: ['quality'],
    audience: 'buyer',
    title: { en: 'Reason: quality problem', zh: '售后原因：质量问题' },
    body: {
      en: 'Hello {buyer}, I am sorry {item} from order {orderId} is not working as it should. Please send us here a photo or short video of the fault. We will replace it by {eta} or refund {amount}, as you prefer, and you do not pay for the return. — {shop}',
      zh: '{buyer}您好，订单{orderId}的{item}出现质量问题，非常抱歉。麻烦您在这里发一张照片或一段短视频给我们看看问题。我们会在{eta}前为您换新，或退款{amount}，由您选择，退货运费不用您承担。——{shop}',
    },
  },
  {
    id: 'reason-not-as-described',
    family: 'reason',
    detectors: [],
    reasons: ['not_as_described'],
    audience: 'buyer',
    title: { en: 'Reason: not as described', zh: '售后原因：与描述不符' },
    body: {
      en: 'Hello {buyer}, I am sorry {item} in order {orderId} is not what our page described. Please tell us here what differs (a photo helps), so we can correct the page. You can return it for a full refund of {amount} at our cost, or keep it with a partial refund; we settle it by {eta}. — {shop}',
      zh: '{buyer}您好，订单{orderId}中的{item}与页面描述不符，非常抱歉。麻烦您在这里告诉我们哪里不一样（附照片更好），我们会修改商品页面。您可以退货并全额退款{amount}，运费由我们承担；也可以保留商品，我们给您部分退款。我们会在{eta}前处理好。——{shop}',
    },
  },
  {
    id: 'reason-not-received',
    family: 'reason',
    detectors: [],
    reasons: ['not_received'],
    audience: 'buyer',
    title: { en: 'Reason: not received', zh: '售后原因：未收到货' },
    body: {
      en: 'Hello {buyer}, I am sorry order {orderId} ({item}) has not reached you. We have asked {carrier} to trace tracking number {trackingNo}. If it is not found by {eta}, we send a new one or refund {amount}, as you prefer, and I will write to you either way. — {shop}',
      zh: '{buyer}您好，订单{orderId}（{item}）您还没有收到，非常抱歉。我们已请{carrier}追查运单{trackingNo}。如果到{eta}仍未找到，我们为您补发或退款{amount}，由您选择；无论结果如何，我们都会告诉您。——{shop}',
    },
  },
  {
    id: 'reason-changed-mind',
    family: 'reason',
    detectors: [],
    reasons: ['changed_mind'],
    audience: 'buyer',
    title: { en: 'Reason: no longer wanted', zh: '售后原因：不想要了' },
    body: {
      en: 'Hello {buyer}, no problem about order {orderId}. If it has not shipped yet, we cancel it and refund {amount} today. If {item} is already on its way, please return it unused through the return request in the order; we refund {amount} within one business day of receiving it. — {shop}',
      zh: '{buyer}您好，订单{orderId}不想要了没关系。如果还没发货，我们今天就取消并退款{amount}。如果{item}已经寄出，请在订单里申请退货，把未使用的商品寄回，我们收到后一个工作日内退款{amount}。——{shop}',
    },
  },
  {
    id: 'reason-other',
    family: 'reason',
    detectors: [],
    reasons: ['other'],
    audience: 'buyer',
    title: { en: 'Reason: other', zh: '售后原因：其他' },
    body: {
      en: 'Hello {buyer}, thank you for your request about order {orderId} ({item}). So that we handle it right, could you tell us here a little more about what happened? We will answer within 24 hours with what we can do. — {shop}',
      zh: '{buyer}您好，收到您关于订单{orderId}（{item}）的申请。为了处理得准确，麻烦您在这里再说明一下具体情况，我们会在24小时内答复您处理方案。——{shop}',
    },
  },
];

/**
 * Every built-in reply: each detector's own, in DETECTORS order (scripts/registries.mjs gathers
 * them), then the shared ones. A case lists those naming its detector in this order.
 */
export const BUILT_IN_TEMPLATES: readonly ReplyTemplate[] = /* @__PURE__ */ DETECTOR_REPLIES.concat(SHARED_REPLIES);

/** The variables a text uses, in order of first appearance; unknown `{names}` are not variables. */
export function variablesIn(text: string): TemplateVariable[] {
  const found: TemplateVariable[] = [];
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as TemplateVariable;
    if ((TEMPLATE_VARIABLES as readonly string[]).includes(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** `{names}` in a text that are not template variables (a typo such as `{tracking}`). */
export function unknownVariables(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1]!)
    .filter((name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name));
}
