/**
 * Any other order report: only the page reader's header synonyms (zh + en). Chinese headers
 * mean a Chinese console (yuan, Beijing time); otherwise amounts must name their currency or
 * the file must have a currency column.
 */
import type { ImportFormat } from './types';

export const genericReport = (chinese: boolean): ImportFormat => ({
  id: 'generic',
  label: { en: 'Order report (columns by name)', zh: '订单报表（按列名识别）' },
  marketplace: 'custom',
  required: [],
  columns: { currency: ['currency', '币种', '货币'] },
  currency: chinese ? 'CNY' : 'USD',
  timeZone: chinese ? 'Asia/Shanghai' : 'UTC',
});
