import { z } from 'zod/mini';
import { Enabled, Phrases } from './common';

export const AddressIssueSettings = z.object({
  enabled: Enabled,
  /** The seller's own phrases for "please change my address", added to the built-in zh/en list. */
  extraKeywords: Phrases(50, 100),
});
