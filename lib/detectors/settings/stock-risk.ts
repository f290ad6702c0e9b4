import { z } from 'zod/mini';
import { Enabled } from './common';

/** Fires on any live order the console flags out of stock; the due time is the order's shipping deadline. */
export const StockRiskSettings = z.object({
  enabled: Enabled,
});
