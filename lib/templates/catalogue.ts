/**
 * Built-in reply templates, written for this product (DOMAIN.md, "Reply templates"): fast,
 * specific to the order, an apology where the seller is at fault, a plain explanation, a
 * concrete remedy and a promised follow-up. None asks for a review, none leads off the
 * marketplace: test/templates/catalogue.test.ts runs every one through every policy guard.
 * The seller's own edits and templates live in storage (store.ts) and override these by id.
 */
import type { AfterSalesReasonClass, Bilingual } from '../schema';

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

export const BUILT_IN_TEMPLATES: readonly ReplyTemplate[] = [
  // Late shipment (ship-deadline): the seller is at fault, so apologise, give a time, offer something.
  {
    id: 'ship-late-apology',
    family: 'shipping',
    detectors: ['ship-deadline'],
    audience: 'buyer',
    title: { en: 'Late shipment: apology and new time', zh: '延迟发货：致歉并告知新时间' },
    body: {
      en: 'Hello {buyer}, I am sorry: your order {orderId} ({item}) has not left us on time. The delay is on our side. It will be handed to the carrier by {eta}, and I will send you the tracking number the same day. If you would rather not wait, reply here and I will cancel it with a full refund of {amount}. — {shop}',
      zh: '{buyer}您好，非常抱歉，您的订单{orderId}（{item}）没能按时发出，责任在我们。我们会在{eta}前交给快递，当天把运单号发给您。如果您不想再等，直接回复这里，我们马上为您取消并全额退款{amount}。——{shop}',
    },
  },
  {
    id: 'ship-late-compensation',
    family: 'shipping',
    detectors: ['ship-deadline'],
    audience: 'buyer',
    title: { en: 'Late shipment: shipped now, with compensation', zh: '延迟发货：已发出并补偿' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}) went out later than we promised, and I apologise. It is now with {carrier}, tracking number {trackingNo}. To make up for the wait we can refund part of the price; reply here and tell me if you would like that. I will check the tracking again tomorrow and write if anything looks wrong. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}）比承诺的时间晚发了，向您道歉。包裹已交给{carrier}，运单号{trackingNo}。为弥补等待，我们可以为您退还部分货款，需要的话回复这里告诉我们即可。明天我们会再查一次物流，有异常第一时间告诉您。——{shop}',
    },
  },
  // Stock: the item ran out after the order was paid.
  {
    id: 'stock-out-options',
    family: 'stock',
    detectors: ['stock-risk', 'ship-deadline'],
    audience: 'buyer',
    title: { en: 'Out of stock: your choice', zh: '缺货：请您选择' },
    body: {
      en: 'Hello {buyer}, I am sorry: {item} in your order {orderId} sold out before we could pack it, which is our mistake. You can choose: wait for new stock (expected by {eta}), take a similar item we suggest, or cancel with a full refund of {amount}. Reply here with your choice and I will act on it the same day. — {shop}',
      zh: '{buyer}您好，非常抱歉，您订单{orderId}中的{item}在打包前已售完，是我们库存没核对好。您可以选择：等待到货（预计{eta}前）、换成我们推荐的相近商品，或取消订单并全额退款{amount}。回复这里告诉我们您的选择，我们当天处理。——{shop}',
    },
  },
  {
    id: 'stock-restock-date',
    family: 'stock',
    detectors: ['stock-risk'],
    audience: 'buyer',
    title: { en: 'Out of stock: restock date', zh: '缺货：到货时间' },
    body: {
      en: 'Hello {buyer}, a short update on order {orderId}: {item} is being restocked and will ship by {eta}. I am sorry for the wait. If that date does not suit you, reply here and I will refund {amount} in full straight away. I will write again as soon as it ships. — {shop}',
      zh: '{buyer}您好，关于订单{orderId}：{item}正在补货，将在{eta}前发出，让您久等了，抱歉。如果这个时间不合适，回复这里，我们立即全额退款{amount}。发货后我们会再通知您。——{shop}',
    },
  },
  // Delivery later than promised (delivery-overdue).
  {
    id: 'delivery-late-update',
    family: 'delivery',
    detectors: ['delivery-overdue'],
    audience: 'buyer',
    title: { en: 'Delivery late: what we know', zh: '配送延迟：最新情况' },
    body: {
      en: 'Hello {buyer}, your parcel for order {orderId} ({item}) is taking longer than promised, and I am sorry about that. It is with {carrier} under tracking number {trackingNo}; I have asked them where it is. I will tell you what they answer within one day. — {shop}',
      zh: '{buyer}您好，您订单{orderId}（{item}）的包裹比承诺的时间晚到了，很抱歉。包裹在{carrier}，运单号{trackingNo}，我们已经联系快递查询位置，一天内把结果告诉您。——{shop}',
    },
  },
  {
    id: 'delivery-late-remedy',
    family: 'delivery',
    detectors: ['delivery-overdue', 'tracking-stalled'],
    audience: 'buyer',
    title: { en: 'Delivery late: reship or refund if not there by a date', zh: '配送延迟：到期未到就补发或退款' },
    body: {
      en: 'Hello {buyer}, your order {orderId} has still not reached you. I am sorry for the trouble. If it has not arrived by {eta}, we will send a new {item} at our cost or refund {amount}, whichever you prefer; you do not need to return anything if the first parcel turns up later. I will check the tracking each day until then. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}还没有送到，给您添麻烦了。如果{eta}前仍未收到，我们将免费为您补发{item}，或退款{amount}，由您选择；之后原包裹若送到，也不需要退回。在此之前我们每天都会跟进物流。——{shop}',
    },
  },
  // Tracking stalled or lost (tracking-stalled), tracking number wrong (tracking-invalid).
  {
    id: 'tracking-stalled-trace',
    family: 'tracking',
    detectors: ['tracking-stalled', 'delivery-overdue'],
    audience: 'buyer',
    title: { en: 'Tracking not moving: trace started', zh: '物流停滞：已申请查件' },
    body: {
      en: 'Hello {buyer}, the tracking for your order {orderId} ({trackingNo}, {carrier}) has not moved for several days. I have asked {carrier} to trace the parcel. I will write to you within two days with their answer, and if the parcel is lost we will reship or refund {amount}, as you prefer. — {shop}',
      zh: '{buyer}您好，您订单{orderId}的物流（{carrier}，运单号{trackingNo}）已经几天没有更新了，我们已向{carrier}申请查件。两天内把结果告诉您；如果确认丢件，我们会为您补发或退款{amount}，由您选择。——{shop}',
    },
  },
  {
    id: 'tracking-lost-reship',
    family: 'tracking',
    detectors: ['tracking-stalled'],
    audience: 'buyer',
    title: { en: 'Parcel lost: reshipping now', zh: '包裹丢失：立即补发' },
    body: {
      en: 'Hello {buyer}, I am sorry: {carrier} could not find the parcel for your order {orderId}, so we treat it as lost. We are sending a new {item} today at our cost and will send you the new tracking number once it is scanned. If you would prefer a refund of {amount} instead, reply here and I will arrange it at once. — {shop}',
      zh: '{buyer}您好，非常抱歉，{carrier}没能找到您订单{orderId}的包裹，我们按丢件处理。今天就为您免费补发{item}，揽收后把新运单号发给您。如果您更希望退款{amount}，回复这里，我们马上办理。——{shop}',
    },
  },
  {
    id: 'tracking-number-corrected',
    family: 'tracking',
    detectors: ['tracking-invalid'],
    audience: 'buyer',
    title: { en: 'Tracking number corrected', zh: '运单号已更正' },
    body: {
      en: 'Hello {buyer}, the tracking number first shown on your order {orderId} was wrong, and I am sorry for the confusion. The right one is {trackingNo} with {carrier}. It may take up to a day to show the first scan; I will check it tomorrow and tell you if it does not. — {shop}',
      zh: '{buyer}您好，您订单{orderId}上最初显示的运单号有误，给您带来困扰，抱歉。正确的运单号是{carrier} {trackingNo}。首条物流信息最多可能需要一天才显示；明天我们会再查，如仍没有信息会告诉您。——{shop}',
    },
  },
  {
    id: 'tracking-not-scanned',
    family: 'tracking',
    detectors: ['tracking-invalid'],
    audience: 'buyer',
    title: { en: 'No first scan yet', zh: '快递尚未揽收' },
    body: {
      en: 'Hello {buyer}, your order {orderId} is packed and labelled with {carrier} ({trackingNo}), but the carrier has not scanned it yet. I am sorry that the tracking shows nothing so far. I have asked them to collect it today and will confirm once the first scan appears. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}已打包并贴好{carrier}面单（{trackingNo}），但快递还没有揽收扫描，所以暂时查不到物流，抱歉。我们已催快递今天上门揽收，出现首条物流后再通知您。——{shop}',
    },
  },
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
  // Address problems (address-issue).
  {
    id: 'address-confirm',
    family: 'address',
    detectors: ['address-issue'],
    audience: 'buyer',
    title: { en: 'Please confirm the address', zh: '请确认收货地址' },
    body: {
      en: 'Hello {buyer}, before we ship your order {orderId} ({item}), please check the delivery address on the order: part of it looks incomplete or was changed. You can correct it in the order itself or reply here with the right details. We hold the parcel until you confirm, so it does not go astray, and it still ships by {eta}. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}）发货前，请核对一下订单上的收货地址：有部分信息似乎不完整或有改动。您可以在订单里直接修改，或回复这里告诉我们正确信息。确认前我们先不发出，以免送错，仍会在{eta}前发货。——{shop}',
    },
  },
  {
    id: 'address-change-shipped',
    family: 'address',
    detectors: ['address-issue'],
    audience: 'buyer',
    title: { en: 'Address change after shipping', zh: '发货后改地址' },
    body: {
      en: 'Hello {buyer}, your order {orderId} had already left with {carrier} ({trackingNo}) when the new address came in. I have asked the carrier to redirect it. Carriers do not always manage this, so I will tell you their answer within one day; if it cannot be redirected, we will help you get it back or resend it. — {shop}',
      zh: '{buyer}您好，您提交新地址时，订单{orderId}已由{carrier}发出（运单号{trackingNo}）。我们已联系快递改派。改派不一定成功，一天内告诉您结果；如果改不了，我们会协助您拿回或重新寄送。——{shop}',
    },
  },
  // Cancellation (cancel-pending).
  {
    id: 'cancel-confirmed',
    family: 'cancellation',
    detectors: ['cancel-pending'],
    audience: 'buyer',
    title: { en: 'Cancellation confirmed', zh: '已确认取消' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}) is cancelled as you asked and nothing will be shipped. The refund of {amount} is on its way; it usually reaches your original payment method within 1–3 business days. If you do not see it by then, reply here and I will look into it. — {shop}',
      zh: '{buyer}您好，已按您的要求取消订单{orderId}（{item}），不会再发货。退款{amount}已提交，一般1–3个工作日原路退回。如果到时还没收到，回复这里，我们帮您查。——{shop}',
    },
  },
  {
    id: 'cancel-intercept',
    family: 'cancellation',
    detectors: ['cancel-pending'],
    audience: 'buyer',
    title: { en: 'Cancellation after shipping: intercepting', zh: '已发货后取消：拦截包裹' },
    body: {
      en: 'Hello {buyer}, your cancellation for order {orderId} arrived after the parcel left with {carrier} ({trackingNo}). I have asked the carrier to stop it and send it back. If it still reaches you, you can refuse it at the door. Either way we refund {amount} as soon as the parcel is on its way back to us, and I will tell you when. — {shop}',
      zh: '{buyer}您好，您申请取消订单{orderId}时，包裹已由{carrier}发出（运单号{trackingNo}）。我们已联系快递拦截退回。如果仍然送到，您可以直接拒收。包裹一旦退回途中，我们就为您退款{amount}，届时通知您。——{shop}',
    },
  },
  // Refunds and returns (refund-pending; repeat-refunder cases get the same neutral replies).
  {
    id: 'refund-ack',
    family: 'refund',
    detectors: ['refund-pending', 'repeat-refunder'],
    audience: 'buyer',
    title: { en: 'Refund request received', zh: '已收到退款申请' },
    body: {
      en: 'Hello {buyer}, we have your refund request for order {orderId} ({item}). I am sorry the item did not work out. Could you send a photo of the item and, if there is one, of the problem? We will decide within 24 hours of receiving it and tell you the outcome here. — {shop}',
      zh: '{buyer}您好，已收到您订单{orderId}（{item}）的退款申请，商品让您不满意，很抱歉。麻烦您拍一张商品照片，如有问题也请拍下问题部位。收到后24小时内给您处理结果，并在这里回复您。——{shop}',
    },
  },
  {
    id: 'refund-return-steps',
    family: 'refund',
    detectors: ['refund-pending'],
    audience: 'buyer',
    title: { en: 'Return accepted: how to send it back', zh: '同意退货：寄回方式' },
    body: {
      en: 'Hello {buyer}, your return for order {orderId} ({item}) is accepted. Please send the item back using the return address shown in the order, and enter the return tracking number there. If the fault is ours, the return postage is on us. We refund {amount} within one business day of receiving the parcel and will let you know when it arrives. — {shop}',
      zh: '{buyer}您好，您订单{orderId}（{item}）的退货申请已同意。请按订单中显示的退货地址寄回，并在订单里填写退货运单号。如果是我们的问题，退货运费由我们承担。收到包裹后一个工作日内退款{amount}，到货时会通知您。——{shop}',
    },
  },
  // Stage updates, with a clear time expectation.
  {
    id: 'stage-return-received',
    family: 'stage',
    detectors: ['refund-pending', 'repeat-refunder', 'dispute-open'],
    audience: 'buyer',
    title: { en: 'Update: return received', zh: '进度：退货已收到' },
    body: {
      en: 'Hello {buyer}, the item you sent back for order {orderId} has arrived. We are checking it today, and your refund of {amount} will be issued within one business day. I will write again as soon as it is issued. — {shop}',
      zh: '{buyer}您好，您订单{orderId}寄回的商品我们已收到，今天完成验收，一个工作日内为您退款{amount}，退款后会再通知您。——{shop}',
    },
  },
  {
    id: 'stage-refund-issued',
    family: 'stage',
    detectors: ['refund-pending', 'cancel-pending', 'dispute-open', 'repeat-refunder'],
    audience: 'buyer',
    title: { en: 'Update: refund issued', zh: '进度：退款已完成' },
    body: {
      en: 'Hello {buyer}, the refund of {amount} for order {orderId} has been issued today. It normally appears on your original payment method within 1–3 business days (some banks take up to 5). If it has not arrived after that, reply here and I will chase it for you. — {shop}',
      zh: '{buyer}您好，您订单{orderId}的退款{amount}今天已退出，一般1–3个工作日原路到账（部分银行最长5个工作日）。超过时间仍未到账，回复这里，我们帮您跟进。——{shop}',
    },
  },
  {
    id: 'stage-replacement-shipped',
    family: 'stage',
    detectors: ['tracking-stalled', 'delivery-overdue', 'refund-pending', 'dispute-open', 'address-issue'],
    audience: 'buyer',
    title: { en: 'Update: replacement shipped', zh: '进度：补发已寄出' },
    body: {
      en: 'Hello {buyer}, your replacement {item} for order {orderId} has shipped with {carrier}, tracking number {trackingNo}. It should reach you by {eta}. I will keep an eye on the tracking and write if it stalls. — {shop}',
      zh: '{buyer}您好，您订单{orderId}的补发商品{item}已通过{carrier}寄出，运单号{trackingNo}，预计{eta}前送达。我们会持续关注物流，如有停滞会及时告诉您。——{shop}',
    },
  },
  // Complaints and disputes (dispute-open): acknowledge within 24 h, investigate, resolve, report back.
  {
    id: 'dispute-ack',
    family: 'complaints',
    detectors: ['dispute-open', 'negative-review', 'refund-pending'],
    step: 'acknowledge',
    audience: 'buyer',
    title: { en: 'Complaint acknowledged', zh: '已受理投诉' },
    body: {
      en: 'Hello {buyer}, thank you for telling us about the problem with order {orderId} ({item}). I am sorry it happened. I am checking the order, the packing and the tracking now, and I will come back to you with what I found and a proposed solution within 24 hours. If you have photos, please add them here; they help us settle it faster. — {shop}',
      zh: '{buyer}您好，感谢您告诉我们订单{orderId}（{item}）的问题，给您带来不便，非常抱歉。我们正在核查订单、打包和物流记录，24小时内把核查结果和解决方案回复给您。如有照片，请一并发在这里，能帮我们更快处理。——{shop}',
    },
  },
  {
    id: 'dispute-resolution',
    family: 'complaints',
    detectors: ['dispute-open'],
    step: 'remedy',
    audience: 'buyer',
    title: { en: 'Complaint: what we found and what we do', zh: '投诉：核查结果与处理方案' },
    body: {
      en: 'Hello {buyer}, I have looked into order {orderId}. What happened: [explain in one or two sentences]. We are sorry for our part in it. To put it right we will [reship / refund {amount} / partial refund]; this is done by {eta}. I will check with you after that to make sure the problem is solved. — {shop}',
      zh: '{buyer}您好，订单{orderId}的情况我们已核查清楚：[用一两句话说明原因]。我们这边有做得不好的地方，向您致歉。处理方案是[补发 / 退款{amount} / 部分退款]，将在{eta}前完成。完成后我们会再联系您，确认问题已经解决。——{shop}',
    },
  },
  {
    id: 'complaint-evidence',
    family: 'complaints',
    detectors: ['dispute-open', 'refund-pending', 'negative-review'],
    step: 'evidence',
    audience: 'buyer',
    title: { en: 'Complaint: photos, please', zh: '投诉：请您提供照片' },
    body: {
      en: 'Hello {buyer}, to settle the problem with order {orderId} ({item}) quickly, could you send us here a photo of the item, a photo of the box and its shipping label, and a few words on what is wrong? If you can send them by {eta}, I will give you our answer the same day. — {shop}',
      zh: '{buyer}您好，为了尽快解决订单{orderId}（{item}）的问题，麻烦您在这里发给我们：商品照片、外包装和快递面单的照片，并简单说明问题。如果您能在{eta}前发来，我们当天就给您答复。——{shop}',
    },
  },
  {
    id: 'complaint-close',
    family: 'complaints',
    detectors: ['dispute-open', 'refund-pending', 'negative-review'],
    step: 'close',
    audience: 'buyer',
    title: { en: 'Complaint: done, and checking with you', zh: '投诉：已处理，向您确认' },
    body: {
      en: 'Hello {buyer}, what we promised for order {orderId} is done: {amount} has been refunded (or the replacement has shipped). Please check that it reached you. If anything about {item} is still not right, reply here and we will take it up again at once. Thank you for your patience. — {shop}',
      zh: '{buyer}您好，订单{orderId}答应您的处理已经完成：已退款{amount}（或补发已寄出），请您查收。如果{item}还有任何问题，回复这里，我们马上继续处理。感谢您的耐心。——{shop}',
    },
  },
  // Unanswered buyer message (message-unanswered).
  {
    id: 'message-answer',
    family: 'after-sales',
    detectors: ['message-unanswered', 'seller-note'],
    audience: 'buyer',
    title: { en: 'Reply to a message', zh: '回复买家留言' },
    body: {
      en: 'Hello {buyer}, thank you for your message about order {orderId} ({item}), and sorry for the slow reply. [Answer the question plainly.] If anything else comes up, reply here and we will answer within 24 hours. — {shop}',
      zh: '{buyer}您好，感谢您关于订单{orderId}（{item}）的留言，回复晚了，抱歉。[在这里直接回答问题。] 还有其他问题随时回复这里，我们24小时内答复。——{shop}',
    },
  },
  {
    id: 'message-holding',
    family: 'after-sales',
    detectors: ['message-unanswered'],
    audience: 'buyer',
    title: { en: 'Message received, checking', zh: '已收到留言，正在核实' },
    body: {
      en: 'Hello {buyer}, we have your message about order {orderId}. I need to check a detail before answering properly, and I will reply with a full answer by {eta}. Thank you for your patience. — {shop}',
      zh: '{buyer}您好，已收到您关于订单{orderId}的留言。有个细节需要先核实，才能准确答复您，我们会在{eta}前给您完整回复，感谢耐心等待。——{shop}',
    },
  },
  // Low rating (negative-review): make it right; never ask to change the rating.
  {
    id: 'review-make-right',
    family: 'reviews',
    detectors: ['negative-review'],
    audience: 'buyer',
    title: { en: 'Low rating: sorry, and a remedy', zh: '低分评价：致歉并补救' },
    body: {
      en: 'Hello {buyer}, I read your comments on order {orderId} ({item}) and I am sorry we let you down. We would like to put it right: we can send a replacement or refund {amount}, whichever you prefer. Reply here with your choice and I will arrange it within one day. — {shop}',
      zh: '{buyer}您好，看到您对订单{orderId}（{item}）的意见，让您失望了，非常抱歉。我们希望弥补：可以为您换新，或退款{amount}，由您选择。回复这里告诉我们，一天内为您办好。——{shop}',
    },
  },
  {
    id: 'review-explain',
    family: 'reviews',
    detectors: ['negative-review'],
    audience: 'buyer',
    title: { en: 'Low rating: what we changed', zh: '低分评价：我们的改进' },
    body: {
      en: 'Hello {buyer}, thank you for telling us what went wrong with order {orderId}. You were right about [the problem], and I am sorry. We have since [what changed: packing, checks, description] so it does not happen again. If the item still gives you trouble, reply here and we will help. — {shop}',
      zh: '{buyer}您好，感谢您指出订单{orderId}的问题。您说的[问题]确实存在，向您道歉。我们已经[改进措施：包装、质检、描述]，避免再次发生。商品如果还有问题，回复这里，我们会继续帮您处理。——{shop}',
    },
  },
  // Payment reminder (unpaid-stale): gentle, no pressure.
  {
    id: 'payment-reminder',
    family: 'payment',
    detectors: ['unpaid-stale'],
    audience: 'buyer',
    title: { en: 'Payment reminder', zh: '付款提醒' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}, {amount}) is waiting for payment. We are holding the item for you; once it is paid, it ships within our usual handling time. If you changed your mind, no need to do anything: the order closes by itself. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}，{amount}）还在等待付款。商品已为您预留，付款后按时发货。如果您改变主意，无需任何操作，订单会自动关闭。——{shop}',
    },
  },
  {
    id: 'payment-closing-soon',
    family: 'payment',
    detectors: ['unpaid-stale'],
    audience: 'buyer',
    title: { en: 'Unpaid order closing soon', zh: '未付款订单即将关闭' },
    body: {
      en: 'Hello {buyer}, your order {orderId} ({item}) is still unpaid and will close soon, after which the item is released to other buyers. If you still want it, please complete payment of {amount} in the order. If you had a problem paying, reply here and I will help. — {shop}',
      zh: '{buyer}您好，您的订单{orderId}（{item}）仍未付款，即将自动关闭，关闭后商品将不再为您保留。如仍需要，请在订单中完成付款{amount}。如果付款遇到问题，回复这里，我们帮您看看。——{shop}',
    },
  },
  // Duplicate order (duplicate-order).
  {
    id: 'duplicate-check',
    family: 'creation',
    detectors: ['duplicate-order'],
    audience: 'buyer',
    title: { en: 'Two identical orders: intended?', zh: '两笔相同订单：是否有意？' },
    body: {
      en: 'Hello {buyer}, we received two identical orders for {item}, one of them {orderId}. Did you mean to order twice? Reply here before {eta}: if it was a mistake, we cancel the extra one and refund {amount} in full; if not, both ship as usual. — {shop}',
      zh: '{buyer}您好，我们收到了两笔相同的订单（{item}），其中一笔是{orderId}。请问是否需要两份？请在{eta}前回复这里：如果是误下单，我们取消多出的一笔并全额退款{amount}；如果需要，两单都会正常发货。——{shop}',
    },
  },
  {
    id: 'duplicate-ship-one',
    family: 'creation',
    detectors: ['duplicate-order'],
    audience: 'buyer',
    title: { en: 'Two identical orders: shipping one', zh: '两笔相同订单：先发一单' },
    body: {
      en: 'Hello {buyer}, you placed the same order for {item} twice. To be safe we are shipping one now and holding order {orderId}. If you do want both, reply here and the second ships the same day; otherwise we cancel it and refund {amount}, and I will confirm when that is done. — {shop}',
      zh: '{buyer}您好，您对{item}下了两笔相同的订单。为稳妥起见，我们先发出一单，订单{orderId}暂缓。如果两份都需要，回复这里，第二单当天发出；否则我们取消这单并退款{amount}，完成后通知您。——{shop}',
    },
  },
  // Amounts that do not add up (amount-mismatch) or look unusual (amount-outlier).
  {
    id: 'amount-question',
    family: 'amount',
    detectors: ['amount-mismatch', 'amount-outlier'],
    audience: 'buyer',
    title: { en: 'Amount does not add up', zh: '订单金额核对' },
    body: {
      en: 'Hello {buyer}, while checking order {orderId} ({item}) we noticed that the amount paid, {amount}, does not match the price and shipping. We are checking it now. If you were charged too much, we refund the difference within one business day and tell you the exact sum. — {shop}',
      zh: '{buyer}您好，核对订单{orderId}（{item}）时，我们发现实付金额{amount}与商品价格加运费对不上，正在核实。如果多收了您的钱，我们会在一个工作日内退还差额，并告诉您具体金额。——{shop}',
    },
  },
  {
    id: 'quantity-confirm',
    family: 'amount',
    detectors: ['amount-outlier', 'amount-mismatch'],
    audience: 'buyer',
    title: { en: 'Unusual quantity or amount: please confirm', zh: '数量或金额异常：请确认' },
    body: {
      en: 'Hello {buyer}, thank you for order {orderId}. The quantity or total ({amount}) is much larger than usual, so we want to be sure before packing: is {item} in this quantity what you intended? Reply here and we ship by {eta}; if it was a slip, we correct it and refund the difference. — {shop}',
      zh: '{buyer}您好，感谢您的订单{orderId}。这笔订单的数量或金额（{amount}）比平常大很多，打包前想跟您确认：{item}的数量是否正确？回复这里后我们在{eta}前发货；如果是误操作，我们帮您更正并退还差额。——{shop}',
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
