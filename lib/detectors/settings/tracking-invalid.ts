import { z } from 'zod/mini';
import { Enabled, Hours } from './common';

export const TrackingInvalidSettings = z.object({
  enabled: Enabled,
  /** Hours after shipping by which the carrier's first scan should show. */
  firstScanHours: z._default(Hours, 24),
  /** Check numbers against the known formats of their carrier (off: only a missing number is reported). */
  checkFormat: z._default(z.boolean(), true),
});
