import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Days, Enabled, type Labels, Phrases, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Frequent refunder', zh: '频繁退款买家' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'abuse';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 14, clock: 14 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** This many refunds/returns by one buyer within the window make them a repeat refunder. */
  minRefunds: z._default(/* @__PURE__ */ z.number().check(z.int(), z.gte(2), z.lte(100)), 3),
  windowDays: z._default(Days, 90),
  /** Buyers the seller has blocked, written as the console shows them (case and width ignored). */
  blockList: Phrases(200, 1000),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['buyer'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  minRefunds: { en: 'refunds at least', zh: '退款次数至少' },
  windowDays: { en: 'within (days)', zh: '时间范围（天）' },
  blockList: { en: 'blocked buyers (comma separated)', zh: '拉黑买家（逗号分隔）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  refundCount: { en: 'Refunds/returns in window', zh: '窗口内退款/退货次数' },
  minRefunds: { en: 'Threshold', zh: '阈值（次）' },
  windowDays: { en: 'Window (days)', zh: '时间窗口（天）' },
  refundOrders: { en: 'Refund orders', zh: '退款订单' },
  lastRefundAt: { en: 'Latest refund', zh: '最近一次退款' },
  onBlockList: { en: 'On your block list', zh: '在黑名单中' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
