import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, Hours, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Cancellation waiting', zh: '取消申请待处理' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'cancellation';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 8, clock: 12 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** A cancellation request on an unshipped order left this long without an answer is a case (P2). */
  waitHours: z._default(Hours, 12),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = [] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  waitHours: { en: 'wait (hours)', zh: '等待（小时）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  waitHours: { en: 'Limit (h)', zh: '时限（小时）' },
  // A refund asked before shipping: when the platform settles it on its own (refund-pending's case from then).
  refundDecisionAt: { en: 'Refund decided by', zh: '退款处理截止' },
  refundDecisionHours: { en: 'Hours to refund decision', zh: '退款处理时限（小时）' },
  // No longer written (the pages count such time live from dueAt); kept for the cases stored before.
  hoursWaiting: { en: 'Hours waiting', zh: '已等待（小时）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
