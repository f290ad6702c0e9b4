import { z } from 'zod';
import { Enabled, Hours } from './common';

export const TrackingInvalidSettings = z.object({
  enabled: Enabled,
  /** Hours after shipping by which the carrier's first scan should show. */
  firstScanHours: Hours.default(24),
  /** Check numbers against the known formats of their carrier (off: only a missing number is reported). */
  checkFormat: z.boolean().default(true),
});
