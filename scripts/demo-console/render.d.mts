// Types for render.mjs.
import type { DemoOrder } from './orders.mjs';
export declare const SHOP_NAME: string;
export declare function escapeHtml(text: string | number): string;
export declare function formatShanghai(ms: number): string;
export declare function formatYuan(fen: number | null): string;
export declare function renderOrdersPage(opts: { orders: readonly DemoOrder[]; page: number }): string | null;
