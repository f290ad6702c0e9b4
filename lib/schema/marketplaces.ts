import { MARKETPLACE_IDS } from '../marketplaces';

/**
 * Marketplaces the extension knows: the ids of their profiles (lib/marketplaces/index.ts lists
 * them, 'custom' last: a site the seller taught). Kept apart so detector settings can use them
 * without a cycle.
 */
export const MARKETPLACES = MARKETPLACE_IDS;
