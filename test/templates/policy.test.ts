import { describe, expect, it } from 'vitest';
import { checkPolicy, type PolicyRule } from '../../lib/templates/policy';
import type { Marketplace } from '../../lib/schema';

const found = (m: Marketplace, text: string) => checkPolicy(m, text).map((v) => [v.rule, v.match]);

describe('checkPolicy', () => {
  const cases: Array<[Marketplace, string, Array<[PolicyRule, string]>]> = [
    ['amazon', 'Hello {buyer}, please leave a 5-star review if you are happy.', [['review-request', 'leave a 5-star review']]],
    ['amazon', 'A positive feedback would mean a lot.', [['review-request', 'positive feedback']]],
    ['amazon', 'Could you please remove your feedback now that it is fixed?', [['feedback-change', 'remove your feedback']]],
    ['amazon', 'We will send a free gift for your honest review.', [['review-incentive', 'free gift for your honest review']]],
    ['amazon', 'Track it at https://track.example.com/x?id=1 today.', [['link', 'https://track.example.com/x?id=1']]],
    ['amazon', 'See myshop.store/returns for details.', [['link', 'myshop.store/returns']]],
    ['amazon', 'Your Amazon.com order {orderId} is on its way.', []],
    ['amazon', 'Write to help@myshop.com any time.', [['email', 'help@myshop.com'], ['link', 'myshop.com']]],
    ['amazon', 'Call us on +1 415-555-0134.', [['off-platform-contact', 'Call us'], ['phone', '+1 415-555-0134']]],
    ['amazon', 'Message us on WhatsApp for a faster answer.', [['off-platform-contact', 'WhatsApp']]],
    ['amazon', 'Use the coupon in the box on your next order.', [['marketing', 'coupon']]],
    ['amazon', '麻烦给个五星好评，谢谢！', [['review-request', '给个五星好评']]],
    ['amazon', 'Order {orderId}, tracking {trackingNo}, refund {amount}.', []],
    ['ebay', 'Pay us directly by bank transfer and save the fees.', [['off-platform-payment', 'Pay us directly'], ['off-platform-payment', 'bank transfer']]],
    ['ebay', 'Email me at seller@example.org.', [['off-platform-contact', 'Email me'], ['email', 'seller@example.org']]],
    // eBay allows asking for feedback; links in messages are not among its checked rules here.
    ['ebay', 'Please leave positive feedback.', []],
    ['etsy', 'Leave a review and get a 10% discount on your next order!', [['review-incentive', 'review and get a 10% discount']]],
    ['etsy', 'Write to help@myshop.com.', []],
    ['taobao', '亲，好评返现5元哦', [['review-incentive', '好评返现']]],
    ['taobao', '五星好评晒图送小礼品', [['review-incentive', '五星好评晒图送']]],
    ['tmall', '有问题加我微信 shop888，或者QQ联系', [['off-platform-contact', '加我'], ['off-platform-contact', '微信'], ['off-platform-contact', 'QQ']]],
    ['pinduoduo', '加VX：abc123 领红包', [['off-platform-contact', '加VX']]],
    ['jd', '急事请拨 138-1234-5678', [['phone', '138-1234-5678']]],
    ['douyin', '可以私下转账给您退款', [['off-platform-payment', '私下转账']]],
    // Chinese platforms: asking for praise without anything in exchange is not this guard's business.
    ['taobao', '收到满意的话，麻烦给个好评~', []],
    ['shopify', 'Visit www.myshop.com or call 020 7946 0958.', [['link', 'www.myshop.com'], ['phone', '020 7946 0958']]],
    ['woocommerce', 'Thanks, we posted it today.', []],
  ];
  it.each(cases)('%s: %s', (marketplace, text, expected) => {
    expect(found(marketplace, text)).toEqual(expected);
  });

  it('explains each violation in both languages', () => {
    expect(checkPolicy('amazon', 'please leave a 5-star review')).toEqual([
      {
        rule: 'review-request',
        match: 'leave a 5-star review',
        message: { en: 'Asks for a positive review or rating.', zh: '要求买家给好评或高分。' },
      },
    ]);
  });
});
