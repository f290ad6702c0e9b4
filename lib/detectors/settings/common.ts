import { z } from 'zod/mini';
import { MARKETPLACES } from '../../schema/marketplaces';

/** Hours, as a seller types them: positive, at most 60 days. */
export const Hours = /* @__PURE__ */ z.number().check(z.positive(), z.lte(24 * 60));
export const Days = /* @__PURE__ */ z.number().check(z.positive(), z.lte(365));
export const Enabled = z._default(z.boolean(), true);
/** Per-marketplace overrides of a platform table (hours). */
export const HoursByMarketplace = z._default(z.partialRecord(z.enum(MARKETPLACES), Hours), {});
/** The seller's own words or names, one per entry (trimmed, never empty). */
export const Phrases = /* @__NO_SIDE_EFFECTS__ */ (maxLength: number, maxCount: number) =>
  z._default(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(maxLength))).check(z.maxLength(maxCount)), []);
