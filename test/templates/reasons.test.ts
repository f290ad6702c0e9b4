/**
 * Replies for every after-sales reason and every step of the complaint flow: both languages, the
 * order's variables, 您 in Chinese, every marketplace's policy guard; a case lists its reason's
 * reply first.
 */
import { describe, expect, it } from 'vitest';
import { AFTER_SALES_REASONS, MARKETPLACES, type Order } from '../../lib/schema';
import { BUILT_IN_TEMPLATES, COMPLAINT_STEPS, variablesIn } from '../../lib/templates/catalogue';
import { fillTemplate, missingVariables, valuesFor } from '../../lib/templates/fill';
import { checkPolicy } from '../../lib/templates/policy';
import { complaintFlow, duplicateTemplate, EMPTY_STORE, mergeTemplates, setDisabled, templatesForCase } from '../../lib/templates/store';

const all = mergeTemplates(EMPTY_STORE);
const damagedOrder: Order = {
  marketplace: 'taobao',
  orderId: '3712823344455566677',
  placedAt: Date.UTC(2026, 10, 20, 2),
  status: 'refund_requested',
  statusRaw: '退款中',
  buyer: '山间清风2018',
  items: [{ title: '手工皂 玫瑰 100g', quantity: 2 }],
  money: { currency: 'CNY', paid: 58 },
  carrier: '中通快递',
  trackingNo: '78512345678901',
  deliverBy: Date.UTC(2026, 10, 27, 16),
  afterSalesReason: { raw: '收到商品破损', reason: 'damaged' },
  source: { url: 'https://trade.taobao.com/x', adapter: 'taobao', observedAt: 0 },
};

describe('a reply for every after-sales reason', () => {
  it.each(AFTER_SALES_REASONS)('%s has exactly one built-in reply, in both languages', (reason) => {
    const replies = BUILT_IN_TEMPLATES.filter((t) => t.reasons?.includes(reason));
    expect(replies.map((t) => t.id)).toEqual([`reason-${reason.replaceAll('_', '-')}`]);
    const t = replies[0]!;
    expect(t.audience).toBe('buyer');
    expect(variablesIn(t.body.en)).toContain('orderId');
    expect(new Set(variablesIn(t.body.zh))).toEqual(new Set(variablesIn(t.body.en)));
    // 您 throughout, never 你.
    expect(t.body.zh).toContain('您');
    expect(t.body.zh).not.toMatch(/你/);
  });

  it('a damaged refund lists the damage reply first, then the refund replies, each once', () => {
    const ids = templatesForCase(all, 'refund-pending', 'damaged').map((t) => t.id);
    expect(ids).toEqual([
      'reason-damaged',
      'refund-ack',
      'refund-return-steps',
      'stage-return-received',
      'stage-refund-issued',
      'stage-replacement-shipped',
      'dispute-ack',
      'complaint-evidence',
      'complaint-close',
    ]);
    // Without a reason: the detector's replies alone, as before.
    expect(templatesForCase(all, 'refund-pending').map((t) => t.id)).toEqual(ids.slice(1));
    // The seller switched the reason reply off: it is not listed.
    const off = mergeTemplates(setDisabled(EMPTY_STORE, 'reason-damaged', true));
    expect(templatesForCase(off, 'refund-pending', 'damaged')[0]!.id).toBe('refund-ack');
  });

  it('fills the order: buyer, order number, item, amount and date; nothing left missing', () => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.id === 'reason-damaged')!;
    const zh = fillTemplate(t.body.zh, valuesFor(damagedOrder, damagedOrder, '清风手工皂', { language: 'zh' }));
    expect(zh.text).toBe(
      '山间清风2018您好，订单3712823344455566677中的手工皂 玫瑰 100g × 2到货破损，非常抱歉。麻烦您在这里发一张破损处和外包装的照片。我们会在11月27日周五前为您补发新的，或退款¥58.00，由您选择；向快递索赔的事由我们来处理。——清风手工皂',
    );
    expect(missingVariables(zh)).toEqual([]);
    const en = fillTemplate(t.body.en, valuesFor(damagedOrder, damagedOrder, 'Clear Breeze Soap', { language: 'en' }));
    expect(en.text).toBe(
      'Hello 山间清风2018, I am sorry 手工皂 玫瑰 100g × 2 in order 3712823344455566677 arrived damaged. Please send us here a photo of the damage and of the box. We will send a new one by Fri 27 Nov or refund CN¥58.00, as you prefer, and we take the matter up with the carrier ourselves. — Clear Breeze Soap',
    );
  });

  it('a copy of a reason reply keeps its reason', () => {
    const copy = duplicateTemplate(EMPTY_STORE, BUILT_IN_TEMPLATES.find((x) => x.id === 'reason-quality')!).own[0]!;
    expect(copy).toMatchObject({ id: 'own-1', reasons: ['quality'], family: 'reason' });
  });
});

describe('the complaint flow, step by step', () => {
  it('has one reply per step, in the flow’s order', () => {
    expect(complaintFlow(all).map((t) => [t.step, t.id])).toEqual([
      ['acknowledge', 'dispute-ack'],
      ['evidence', 'complaint-evidence'],
      ['remedy', 'dispute-resolution'],
      ['close', 'complaint-close'],
      ['care', 'care-after-delivery'],
    ]);
    expect(COMPLAINT_STEPS).toHaveLength(5);
  });

  it('acknowledges within 24 hours and asks for no review', () => {
    const ack = BUILT_IN_TEMPLATES.find((t) => t.step === 'acknowledge')!;
    expect(ack.body.en).toContain('within 24 hours');
    expect(ack.body.zh).toContain('24小时内');
    const care = BUILT_IN_TEMPLATES.find((t) => t.step === 'care')!;
    expect(care.body.zh).toContain('您');
  });

  it('every reason and flow reply passes every marketplace’s policy guard in both languages', () => {
    const mine = BUILT_IN_TEMPLATES.filter((t) => t.reasons !== undefined || t.step !== undefined);
    expect(mine).toHaveLength(AFTER_SALES_REASONS.length + COMPLAINT_STEPS.length);
    const violations = mine.flatMap((t) =>
      MARKETPLACES.flatMap((m) => (['en', 'zh'] as const).flatMap((lang) => checkPolicy(m, t.body[lang]).map((v) => `${t.id}/${lang}/${m}: ${v.rule}`))),
    );
    expect(violations).toEqual([]);
  });
});
