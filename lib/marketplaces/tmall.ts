import { chinese } from './china';

export const tmall = /* @__PURE__ */ chinese({
  id: 'tmall',
  name: { en: 'Tmall', zh: '天猫' },
  rules: {
    // Tmall follows the same 48 h rule (天猫规则, 延迟发货).
    shipWithinHours: 48,
    // Tmall runs on the same trade system as Taobao: same 72 h.
    unpaidCloseHours: 72,
    // Tmall follows Taobao's after-sales timeouts (天猫 退款超时).
    refundDecision: { beforeShipping: 48, afterShipping: 120, automatic: true },
    // Taobao/Tmall score 旺旺 response times in minutes (客服响应时长, 回复率) but publish no
    // per-message deadline; 24 h is the outer limit before a buyer escalates.
    replyWithinHours: 24,
    // Tmall: a shipment without a real number counts as 虚假发货 (false shipping) and is penalised.
    trackingRequired: true,
  },
});
