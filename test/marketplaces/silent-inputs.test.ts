import { describe, expect, it } from 'vitest';
import '../../lib/i18n/bundled';
import { notYetSeen, silentDetectors } from '../../lib/detectors/consoles';
import type { Marketplace } from '../../lib/schema';

const silentOn = (marketplace: Marketplace, detector: string) => silentDetectors(marketplace).find((s) => s.detector === detector);

describe("a buyer's cancel request, read from the status words", () => {
  it.each(['jd', 'shopify', 'woocommerce', 'etsy'] as const)(
    '%s: cancel-pending says its console shows no cancel request, in both languages',
    (marketplace) => {
      expect(silentOn(marketplace, 'cancel-pending')).toEqual({
        detector: 'cancel-pending',
        input: 'cancelRequest',
        where: 'nowhere',
        message: { key: 'silentNotShown', params: { input: 'silentInputCancelRequest' } },
        reason: { en: "needs a buyer's cancellation request: this console does not show it", zh: '需要买家的取消申请：该后台不显示此信息' },
      });
    },
  );

  it.each(['amazon', 'ebay', 'taobao', 'tmall', 'pinduoduo', 'douyin'] as const)('%s: cancel-pending is not said to be silent, and a saved page fires it', (marketplace) => {
    expect(silentOn(marketplace, 'cancel-pending')).toBeUndefined();
    expect(notYetSeen(marketplace)).not.toContain('cancel-pending');
  });
});

describe('requests and claims Amazon shows on pages it does not read', () => {
  it('says refund-pending and dispute-open need what Manage Returns and A-to-z Guarantee Claims show, in both languages', () => {
    expect(silentOn('amazon', 'refund-pending')).toEqual({
      detector: 'refund-pending',
      input: 'refundRequest',
      where: 'unread',
      message: { key: 'silentNotRead', params: { input: 'silentInputRefundRequest' } },
      reason: { en: "needs a refund or return request: not read from this console's pages", zh: '需要退款或退货申请：尚未从该后台的页面读取' },
    });
    expect(silentOn('amazon', 'dispute-open')!.reason).toEqual({
      en: "needs a complaint or claim: not read from this console's pages",
      zh: '需要投诉或纠纷：尚未从该后台的页面读取',
    });
  });

  it('says WooCommerce core shows no refund request or dispute, and the other consoles keep refund-pending', () => {
    expect(silentOn('woocommerce', 'refund-pending')!.reason.en).toBe('needs a refund or return request: this console does not show it');
    expect(silentOn('woocommerce', 'dispute-open')!.reason.zh).toBe('需要投诉或纠纷：该后台不显示此信息');
    for (const marketplace of ['ebay', 'shopify', 'taobao', 'pinduoduo', 'jd', 'douyin'] as const) {
      expect([marketplace, silentOn(marketplace, 'refund-pending')]).toEqual([marketplace, undefined]);
    }
  });
});

describe('requests and chargebacks Etsy and Shopify show where no read looks', () => {
  it("says Etsy's refund requests arrive in Messages and Shopify's chargebacks on the order page's banner, in both languages", () => {
    expect(silentOn('etsy', 'refund-pending')!.reason).toEqual({
      en: "needs a refund or return request: not read from this console's pages",
      zh: '需要退款或退货申请：尚未从该后台的页面读取',
    });
    expect(silentOn('shopify', 'dispute-open')!.reason.en).toBe("needs a complaint or claim: not read from this console's pages");
    expect(silentOn('etsy', 'dispute-open')).toBeUndefined();
  });
});

describe('a promised delivery date', () => {
  it.each(['taobao', 'tmall', 'pinduoduo', 'jd', 'douyin'] as const)('%s: delivery-overdue says its console shows none, in both languages', (marketplace) => {
    expect(silentOn(marketplace, 'delivery-overdue')!.reason).toEqual({
      en: 'needs an estimated delivery date: this console does not show it',
      zh: '需要预计送达时间：该后台不显示此信息',
    });
  });
});
