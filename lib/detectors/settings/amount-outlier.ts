import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Unusual amount', zh: '金额异常' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'outliers';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 15, clock: 15 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** Robust z (0.6745·(x − median)/MAD) beyond which a total or quantity is called far from usual. */
  zThreshold: z._default(/* @__PURE__ */ z.number().check(z.positive(), z.lte(50)), 4),
  /** Orders of the shop (same currency) needed before anything is compared. */
  minOrders: z._default(/* @__PURE__ */ z.number().check(z.int(), z.gte(10), z.lte(100_000)), 30),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = [] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  zThreshold: { en: 'how unusual, at least (robust z-score; higher means fewer alerts)', zh: '异常程度至少为（数值越大，提醒越少）' },
  minOrders: { en: 'compare with at least (orders)', zh: '至少比较订单数' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  medianPaid: { en: 'Usual total (median)', zh: '常见金额（中位数）' },
  madPaid: { en: 'Total spread (MAD)', zh: '金额离散度（MAD）' },
  zPaid: { en: 'Total robust z', zh: '金额稳健 z 值' },
  quantity: { en: 'Quantity', zh: '数量' },
  medianQuantity: { en: 'Usual quantity (median)', zh: '常见数量（中位数）' },
  madQuantity: { en: 'Quantity spread (MAD)', zh: '数量离散度（MAD）' },
  zQuantity: { en: 'Quantity robust z', zh: '数量稳健 z 值' },
  ordersCompared: { en: 'Orders compared', zh: '参与比较的订单数' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
