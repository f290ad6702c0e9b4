import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Hours } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Tracking invalid', zh: '运单异常' };

export const settings = z.object({
  enabled: Enabled,
  /** Hours after shipping by which the carrier's first scan should show. */
  firstScanHours: z._default(Hours, 24),
  /** Check numbers against the known formats of their carrier (off: only a missing number is reported). */
  checkFormat: z._default(z.boolean(), true),
});
