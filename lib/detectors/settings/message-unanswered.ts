import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, Hours, HoursByMarketplace, type Labels, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Unanswered message', zh: '买家留言未回复' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'after-sales';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 9, clock: 4 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** A case appears this many hours before the reply window ends (P2), and turns P1 when it passes. */
  warnHours: z._default(Hours, 6),
  /** Overrides of the platform reply windows (hours after the buyer's message). */
  hoursByMarketplace: HoursByMarketplace,
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = ['buyerMessage', 'messageTime'] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  warnHours: { en: 'warn hours before', zh: '提前提醒（小时）' },
  hoursByMarketplace: { en: 'hours per marketplace (empty = platform rule)', zh: '各平台小时数（空 = 平台规则）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  sellerReplyAt: { en: 'Your last reply at', zh: '您的上次回复时间' },
  replyWindowHours: { en: 'Reply window (h)', zh: '回复时限（小时）' },
  windowSource: { en: 'Reply window from', zh: '回复时限来源' },
  buyerMessage: { en: 'Buyer message', zh: '买家留言' },
  // No longer written (the pages count such time live from dueAt); kept for the cases stored before.
  hoursSinceMessage: { en: 'Hours since the message', zh: '留言至今（小时）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {};
