import { z } from 'zod';
import { Enabled } from './common';

export const AddressIssueSettings = z.object({
  enabled: Enabled,
  /** The seller's own phrases for "please change my address", added to the built-in zh/en list. */
  extraKeywords: z.array(z.string().trim().min(1).max(50)).max(100).default([]),
});
