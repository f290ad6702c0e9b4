import type { Case } from '../../lib/schema';

/** The case tests' clock: Sunday 6 December 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);
export const HOUR = 3_600_000;

/** An open P1 late-shipment case on Taobao, opened two days before NOW and seen an hour ago. */
export function aCase(key: string, extra: Partial<Case> = {}): Case {
  return {
    key,
    detector: 'ship-deadline',
    marketplace: 'taobao',
    orderId: key,
    severity: 'P1',
    evidence: {},
    explanation: { en: 'Ship it', zh: '请发货' },
    status: 'open',
    conditionCleared: false,
    openedAt: NOW - 50 * HOUR,
    updatedAt: NOW - 50 * HOUR,
    lastDetectedAt: NOW - HOUR,
    ...extra,
  };
}
