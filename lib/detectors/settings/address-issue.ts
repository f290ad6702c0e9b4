import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { Enabled, Phrases } from './common';

/** Its short name, for badges and lists. */
export const label: Bilingual = { en: 'Address issue', zh: '地址异常' };

export const settings = z.object({
  enabled: Enabled,
  /** The seller's own phrases for "please change my address", added to the built-in zh/en list. */
  extraKeywords: Phrases(50, 100),
});
