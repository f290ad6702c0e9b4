/** Text cells from seller consoles → canonical values (money, instants, statuses, quantities). */
export { cleanCell, type Parsed } from './parsed';
export { parseMoney, parseMoneyAll, type Amount, type MoneyOptions } from './money';
export { parseDateTime, type DateTimeOptions } from './datetime';
export { instantOfWallTime, wallTimeAt, type WallTime } from './timezone';
export { AFTER_SALES_STATUSES, combineStatuses, DEFAULT_STATUS_VOCABULARY, parseStatus } from './status';
export { parseLeadingQuantity, parseQuantity } from './quantity';
