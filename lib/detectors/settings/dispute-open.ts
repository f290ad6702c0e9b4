import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import type { DetectorFamily } from '../types';
import { Enabled, Hours, type Labels, Phrases, type SettingLabels } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Dispute open', zh: '投诉/纠纷' };

/** Its family, which groups it in the pages' lists and filters. */
export const family: DetectorFamily = 'complaints';

/**
 * Its place in the two stored lists, never to change (scripts/registries.mjs lists it there): among
 * a seller's saved settings, and in DETECTORS, whose place is its clock bit in every stored order.
 */
export const place = { saved: 16, clock: 16 } as const;

export const settings = z.object({
  enabled: Enabled,
  /** Reply due this many hours after the complaint, unless the console shows its own due date. */
  replyHours: z._default(Hours, 24),
  /** The seller's own complaint/dispute words, added to the built-in zh/en list. */
  extraKeywords: Phrases(50, 100),
});

/**
 * What it needs beyond what every console shows (order time, amount paid, status), in the order
 * a seller would add them (INPUTS in lib/detectors/consoles): a console without one says why it stays silent.
 */
export const inputs = [] as const;

/** Its settings' names on the options page. */
export const settingLabels: SettingLabels<typeof settings> = {
  replyHours: { en: 'reply within (hours)', zh: '回复时限（小时）' },
  extraKeywords: { en: 'extra keywords (comma separated)', zh: '额外关键词（逗号分隔）' },
};

/** The names of the evidence keys only it writes (lib/i18n/evidence shows them). */
export const evidenceLabels: Labels = {
  signalIn: { en: 'Shown in', zh: '显示位置' },
  replyDueAt: { en: 'Reply due', zh: '回复截止' },
  dueSource: { en: 'Due time from', zh: '截止时间来源' },
  replyHours: { en: 'Reply window (h)', zh: '回复时限（小时）' },
};

/** The word values only it writes in its evidence, in the seller's words. */
export const evidenceValues: Labels = {
  'request time': { en: 'request time', zh: '申请时间' },
  status: { en: 'order status', zh: '订单状态' },
  'status text': { en: 'status text', zh: '状态文字' },
  'after-sales reason': { en: 'after-sales reason', zh: '售后原因' },
  'tracking event': { en: 'tracking event', zh: '物流信息' },
};
