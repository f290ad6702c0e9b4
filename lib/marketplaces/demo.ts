import { chinese } from './china';

/** The demo console imitates a Chinese console, its clock included. */
export const demo = /* @__PURE__ */ chinese({
  id: 'demo',
  name: { en: 'the demo shop', zh: '演示店' },
  rules: {
    // No real marketplace behind it: same default as the others so the demo reads like one.
    shipWithinHours: 48,
    // No real marketplace behind it: the 72 h default.
    unpaidCloseHours: 72,
    // No real marketplace behind it: the common 48 h reply target.
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: false },
    // No real marketplace behind it: the same 24 h as the others.
    replyWithinHours: 24,
    // No real marketplace behind it: the strict rule, so the demo shows a missing number as the Chinese consoles do.
    trackingRequired: true,
  },
});
