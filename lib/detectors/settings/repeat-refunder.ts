import { z } from 'zod';
import { Days, Enabled } from './common';

export const RepeatRefunderSettings = z.object({
  enabled: Enabled,
  /** This many refunds/returns by one buyer within the window make them a repeat refunder. */
  minRefunds: z.number().int().min(2).max(100).default(3),
  windowDays: Days.default(90),
  /** Buyers the seller has blocked, written as the console shows them (case and width ignored). */
  blockList: z.array(z.string().trim().min(1).max(200)).max(1000).default([]),
});
