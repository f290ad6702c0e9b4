// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Templates } from '../../components/Templates';
import type { Case, Order } from '../../lib/schema';

const kase: Case = {
  key: 'ship-deadline|amazon|113-4567890-1234567',
  detector: 'ship-deadline',
  marketplace: 'amazon',
  orderId: '113-4567890-1234567',
  severity: 'P1',
  evidence: {},
  explanation: { en: 'late', zh: '晚了' },
  status: 'open',
  conditionCleared: false,
  openedAt: 1,
  updatedAt: 1,
  lastDetectedAt: 1,
};
const order: Order = {
  marketplace: 'amazon',
  orderId: kase.orderId,
  placedAt: 1,
  status: 'awaiting_shipment',
  statusRaw: 'Unshipped',
  // Text read from a page is data: it must come out as text, never as markup.
  buyer: '<img src=x onerror=alert(1)>',
  items: [{ title: 'Soap', quantity: 2 }],
  money: { currency: 'USD', paid: 25.98 },
  source: { url: 'https://sellercentral.amazon.com/orders-v3', adapter: 'amazon', observedAt: 1 },
};

describe('Templates in the case detail', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('renders page text as text, marks missing variables, and copies a flagged reply only after confirmation', async () => {
    await fakeBrowser.storage.sync.set({
      templates: { edits: { 'ship-late-apology': { body: { en: 'Hi {buyer}, {orderId} ships by {eta}. Please leave a 5-star review.' } } } },
    });
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { ok: true };
    });
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });

    const root = document.createElement('div');
    render(<Templates item={kase} order={order} lang="en" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-template-id="ship-late-apology"] .template-body')).not.toBeNull());
    const block = root.querySelector('[data-template-id="ship-late-apology"] .template-text[data-lang="en"]')!;
    expect(block.querySelector('.template-body')!.textContent).toBe(
      'Hi <img src=x onerror=alert(1)>, 113-4567890-1234567 ships by {eta}. Please leave a 5-star review.',
    );
    expect(root.querySelector('img')).toBeNull();
    expect([...block.querySelectorAll('mark.missing')].map((m) => m.textContent)).toEqual(['{eta}']);
    expect([...block.querySelectorAll('[data-testid="template-policy"] li')].map((li) => [li.getAttribute('data-rule'), li.querySelector('.offending')!.textContent])).toEqual([
      ['review-request', 'leave a 5-star review'],
    ]);

    block.querySelector<HTMLButtonElement>('button[data-action="copy"]')!.click();
    await vi.waitFor(() => expect(block.querySelector('button[data-action="copy-anyway"]')).not.toBeNull());
    expect(copied).toEqual([]);
    block.querySelector<HTMLButtonElement>('button[data-action="copy-anyway"]')!.click();
    await vi.waitFor(() => expect(block.querySelector('[data-testid="template-outcome"]')?.textContent).toBe('Copied.'));
    expect(copied).toEqual(['Hi <img src=x onerror=alert(1)>, 113-4567890-1234567 ships by {eta}. Please leave a 5-star review.']);
    expect(sent).toEqual([{ type: 'case.templateUsed', caseKey: kase.key, templateId: 'ship-late-apology', language: 'en', action: 'copy' }]);
    // No console tab is open: insert is off, and says why.
    expect(block.querySelector<HTMLButtonElement>('button[data-action="insert"]')!.disabled).toBe(true);
    expect(block.querySelector('.insert-reason')!.textContent).toBe('To insert, open this order’s console page in a tab.');
  });
});
