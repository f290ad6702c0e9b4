import type { Worker } from 'playwright-core';
export function databaseCreated(worker: Worker, timeoutMs?: number): Promise<void>;
