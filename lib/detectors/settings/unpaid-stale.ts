import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, Hours, HoursByMarketplace, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Unpaid for long', zh: '久未付款' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'payment';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 3, clock: 3 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** Hours after placement at which a payment reminder is suggested. */
  remindHours: z._default(Hours, 24),
  /** Overrides of the platform's auto-close table (hours after placement): cancelling is suggested from there. */
  cancelHoursByMarketplace: HoursByMarketplace,
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = [] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  remindHours: { en: 'remind after (hours)', zh: '多久后提醒付款（小时）' },
  cancelHoursByMarketplace: { en: 'suggest cancelling after (hours per marketplace)', zh: '多久后建议取消（各平台小时数）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  remindHours: { en: 'Reminder after (h)', zh: '提醒时限（小时）' },
  cancelHours: { en: 'Cancel after (h)', zh: '取消时限（小时）' },
  cancelHoursSource: { en: 'Cancel time from', zh: '取消时限来源' },
  suggestion: { en: 'Suggested action', zh: '建议操作' },
  orderTotal: { en: 'Order total', zh: '订单金额' },
  // No longer written (the pages count such time live from dueAt); kept for the cases stored before.
  hoursUnpaid: { en: 'Hours unpaid', zh: '未付款时长（小时）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  remind: { en: 'send a payment reminder', zh: '发送付款提醒' },
  cancel: { en: 'cancel the order', zh: '取消订单' },
};
