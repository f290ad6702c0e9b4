// Types for orders.mjs (plain ESM so `npm run demo` needs no compile step).
export type DemoStatus = '等待买家付款' | '待发货' | '已发货' | '交易成功' | '交易关闭';
export type Plant = 'late-52h' | 'late-70h' | 'due-in-4h' | 'duplicate-first' | 'duplicate-second' | 'amount-mismatch' | 'malformed';
export interface DemoOrder {
  orderId: string;
  buyer: string;
  title: string;
  quantity: number;
  unitPriceFen: number;
  shippingFen: number;
  discountFen: number;
  /** null only for the malformed row (rendered `¥--`). */
  paidFen: number | null;
  placedAt: number;
  paidAt?: number;
  statusRaw: DemoStatus;
  plant?: Plant;
}
export interface PlantedFinding {
  orderId: string;
  detector: 'ship-deadline' | 'duplicate-order' | 'amount-mismatch';
  severity: 'P1' | 'P2' | 'P3';
}
export declare const DEFAULT_SEED: number;
export declare const ORDER_COUNT: number;
export declare const PAGE_SIZE: number;
export declare const FIRST_PAGE_ROWS: number;
export declare const PAGE_COUNT: number;
export declare const RULES: Readonly<{
  shipDeadlineHours: number;
  shipWarnHours: number;
  duplicateWindowHours: number;
  toleranceFen: number;
  maxOrdinaryUnshippedHours: number;
  maxAwaitingPaymentHours: number;
}>;
export declare function generateDemoOrders(opts: { now: number; seed?: number }): DemoOrder[];
export declare function ordersOnPage(orders: readonly DemoOrder[], page: number): DemoOrder[];
export declare function pageCount(orders: readonly DemoOrder[]): number;
export declare function plantedFindings(orders: readonly DemoOrder[]): PlantedFinding[];
export declare function ruleFindings(orders: readonly DemoOrder[], now: number): PlantedFinding[];
