/**
 * Calendar arithmetic on epoch milliseconds without a Date per call: exports and findings
 * write thousands of times per run, and a Date each was their largest cost.
 */

export const DAY_MS = 86_400_000;

/** 10000-01-01T00:00:00Z: from there on a year takes more than four digits. */
export const MAX_FOUR_DIGIT_YEAR_MS = 253_402_300_800_000;

/** `00` … `59`: two-digit fields of a date or time. */
export const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** Civil date of days since 1970-01-01 (H. Hinnant, "chrono-compatible low-level date algorithms"). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}
