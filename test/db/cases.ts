// Case fixtures shared by the database tests (the popup's and the inbox's reads).
import type { Case } from '../../lib/schema';

/** 2026-11-25 06:00 UTC: when the fixtures' cases were opened. */
export const T = Date.UTC(2026, 10, 25, 6, 0);

/** An open ship-deadline case on demo order `id`, opened at T, with `patch` over it. */
export const demoCase = (id: string, severity: Case['severity'], dueAt: number | undefined, patch: Partial<Case> = {}): Case => ({
  key: `ship-deadline|demo|${id}`,
  detector: 'ship-deadline',
  marketplace: 'demo',
  orderId: id,
  severity,
  ...(dueAt === undefined ? {} : { dueAt }),
  evidence: {},
  explanation: { en: 'x', zh: 'x' },
  status: 'open',
  conditionCleared: false,
  openedAt: T,
  updatedAt: T,
  lastDetectedAt: T,
  ...patch,
});

/**
 * Live P1 cases due at the same time (opened at different times, in every live status) among
 * finished cases and cleared ones due sooner, one P2: the most urgent are soon, t2, t4, t3.
 */
export const tiesAndFinished = (): Case[] => [
  // Resolved and dismissed cases due long ago: an index walk must pass over them.
  ...Array.from({ length: 30 }, (_, i) => demoCase(`old${i}`, 'P1', T - 1000 + i, { status: i % 2 ? 'resolved' : 'dismissed' })),
  // More cleared cases due first than one read ahead covers: the cursor path.
  ...Array.from({ length: 14 }, (_, i) => demoCase(`clr${i}`, 'P1', T - 100 + i, { conditionCleared: true, clearedAt: T })),
  demoCase('t1', 'P1', T + 10, { openedAt: T - 3 }),
  demoCase('t2', 'P1', T + 10, { openedAt: T - 1 }),
  demoCase('t3', 'P1', T + 10, { openedAt: T - 2, status: 'waiting' }),
  demoCase('t4', 'P1', T + 10, { openedAt: T - 1, status: 'in_progress' }),
  demoCase('soon', 'P1', T + 1),
  demoCase('later', 'P1', T + 99),
  demoCase('p2', 'P2', T),
];
