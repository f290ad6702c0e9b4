import { z } from 'zod';
import { MARKETPLACES } from '../../schema/marketplaces';

/** Hours, as a seller types them: positive, at most 60 days. */
export const Hours = z.number().positive().max(24 * 60);
export const Days = z.number().positive().max(365);
export const Enabled = z.boolean().default(true);
/** Per-marketplace overrides of a platform table (hours). */
export const HoursByMarketplace = z.partialRecord(z.enum(MARKETPLACES), Hours).default({});
