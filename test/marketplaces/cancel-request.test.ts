import { describe, expect, it } from 'vitest';
import '../../lib/i18n/bundled';
import { silentDetectors } from '../../lib/detectors/consoles';
import type { Marketplace } from '../../lib/schema';

const cancelPending = (marketplace: Marketplace) => silentDetectors(marketplace).find((s) => s.detector === 'cancel-pending');

describe("a buyer's cancel request, read from the status words", () => {
  it.each(['taobao', 'tmall', 'pinduoduo', 'jd', 'douyin'] as const)('%s: cancel-pending says its lists show no cancel request, in both languages', (marketplace) => {
    expect(cancelPending(marketplace)).toEqual({
      detector: 'cancel-pending',
      input: 'cancelRequest',
      where: 'nowhere',
      message: { key: 'silentNotShown', params: { input: 'silentInputCancelRequest' } },
      reason: { en: "needs a buyer's cancellation request: this console does not show it", zh: '需要买家的取消申请：该后台不显示此信息' },
    });
  });

  it.each(['amazon', 'ebay', 'etsy', 'shopify', 'woocommerce'] as const)('%s: cancel-pending is not said to be silent (the status text is its input)', (marketplace) => {
    expect(cancelPending(marketplace)).toBeUndefined();
  });
});
