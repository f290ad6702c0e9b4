import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, Hours, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Possible duplicate order', zh: '疑似重复下单' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'creation';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 1, clock: 1 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** Two live orders of the same buyer and items placed within this many hours. */
  windowHours: z._default(Hours, 24),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['buyer', 'items'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  windowHours: { en: 'window (hours)', zh: '时间窗口（小时）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  otherOrderId: { en: 'Earlier order', zh: '较早的订单' },
  otherPlacedAt: { en: 'Earlier order placed at', zh: '较早订单下单时间' },
  minutesApart: { en: 'Minutes apart', zh: '相隔（分钟）' },
  windowHours: { en: 'Window (h)', zh: '时间窗口（小时）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
