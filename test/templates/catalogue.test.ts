import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, TEMPLATE_FAMILIES, unknownVariables, variablesIn } from '../../lib/templates/catalogue';
import { checkPolicy } from '../../lib/templates/policy';
import { DETECTORS } from '../../lib/detectors';
import { SELLER_NOTE } from '../../lib/cases/seller-note';
import { MARKETPLACES } from '../../lib/schema';
import { EMPTY_STORE, mergeTemplates, templatesForDetector } from '../../lib/templates/store';

const buyerTemplatesFor = (detector: string) =>
  BUILT_IN_TEMPLATES.filter((t) => t.audience === 'buyer' && t.detectors.includes(detector));

describe('built-in reply templates', () => {
  it('have unique ids', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Shop-level findings (rate-spike) have no buyer to write to.
  const perOrder = DETECTORS.filter((d) => d.id !== 'rate-spike').map((d) => d.id);
  it.each(perOrder)('give %s cases at least two buyer replies', (detector) => {
    expect(buyerTemplatesFor(detector).length).toBeGreaterThanOrEqual(2);
  });

  it('give seller-note cases a reply too', () => {
    expect(buyerTemplatesFor(SELLER_NOTE).map((t) => t.id)).toEqual(['message-answer', 'care-after-delivery']);
  });

  it('list only known detectors', () => {
    const known = new Set<string>([...DETECTORS.map((d) => d.id), SELLER_NOTE]);
    expect(BUILT_IN_TEMPLATES.flatMap((t) => t.detectors).filter((d) => !known.has(d))).toEqual([]);
  });

  it('cover every template family', () => {
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.family))).toEqual(new Set(TEMPLATE_FAMILIES));
  });

  it('include the three stage updates, a carrier trace request and the after-delivery care message', () => {
    expect(BUILT_IN_TEMPLATES.filter((t) => t.family === 'stage').map((t) => t.id)).toEqual([
      'stage-return-received',
      'stage-refund-issued',
      'stage-replacement-shipped',
    ]);
    expect(BUILT_IN_TEMPLATES.filter((t) => t.audience === 'carrier').map((t) => t.id)).toEqual(['carrier-trace-request']);
    expect(BUILT_IN_TEMPLATES.filter((t) => t.family === 'care').map((t) => t.id)).toEqual(['care-after-delivery']);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s is written in both languages with the same known variables', (_id, t) => {
    for (const lang of ['en', 'zh'] as const) {
      expect(t.title[lang].trim()).not.toBe('');
      expect(t.body[lang].trim()).not.toBe('');
      expect(unknownVariables(t.body[lang])).toEqual([]);
      // Specific to the order: every reply names it.
      expect(variablesIn(t.body[lang])).toContain('orderId');
    }
    expect(new Set(variablesIn(t.body.zh))).toEqual(new Set(variablesIn(t.body.en)));
    expect(/[\u4e00-\u9fff]/.test(t.body.zh)).toBe(true);
    expect(/[\u4e00-\u9fff]/.test(t.body.en)).toBe(false);
  });

  it('pass every marketplace policy guard in both languages', () => {
    const violations = BUILT_IN_TEMPLATES.flatMap((t) =>
      MARKETPLACES.flatMap((m) =>
        (['en', 'zh'] as const).flatMap((lang) => checkPolicy(m, t.body[lang]).map((v) => `${t.id}/${lang}/${m}: ${v.rule} "${v.match}"`)),
      ),
    );
    expect(violations).toEqual([]);
  });

  it('stage updates state when the next step happens', () => {
    for (const id of ['stage-return-received', 'stage-refund-issued']) {
      const t = BUILT_IN_TEMPLATES.find((x) => x.id === id)!;
      expect(t.body.en).toMatch(/business day/);
      expect(t.body.zh).toMatch(/工作日/);
    }
    expect(BUILT_IN_TEMPLATES.find((x) => x.id === 'stage-replacement-shipped')!.body.en).toContain('should reach you by {eta}');
  });
});

describe('the replies a case lists', () => {
  const listed = (detector: string) => templatesForDetector(mergeTemplates(EMPTY_STORE), detector).map((t) => t.id);

  // Each check file holds its replies; a case lists those naming its detector by the place of the
  // file holding them in DETECTORS, then the shared ones, the carrier's last.
  it('list a negative review its own two replies first, then the complaint flow dispute-open holds', () => {
    expect(listed('negative-review')).toEqual(['review-make-right', 'review-explain', 'dispute-ack', 'complaint-evidence', 'complaint-close']);
  });

  it('list a refund its own replies and the stage updates before the complaint flow', () => {
    expect(listed('refund-pending')).toEqual([
      'refund-ack',
      'refund-return-steps',
      'stage-return-received',
      'stage-refund-issued',
      'stage-replacement-shipped',
      'dispute-ack',
      'complaint-evidence',
      'complaint-close',
    ]);
  });

  it('list a stalled parcel the late-delivery remedy, its own replies, the stage update and the care message, and the carrier request last', () => {
    expect(listed('tracking-stalled')).toEqual([
      'delivery-late-remedy',
      'tracking-stalled-trace',
      'tracking-lost-reship',
      'stage-replacement-shipped',
      'care-after-delivery',
      'carrier-trace-request',
    ]);
  });
});

describe('variablesIn / unknownVariables', () => {
  it('lists known variables once in order and reports typos', () => {
    expect(variablesIn('{buyer}, {orderId} {buyer} {tracking}')).toEqual(['buyer', 'orderId']);
    expect(unknownVariables('{buyer}, {tracking} {Buyer}')).toEqual(['tracking', 'Buyer']);
  });
});
