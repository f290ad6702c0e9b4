import { CHINA } from './china';
import type { MarketplaceProfile } from './profile';

/** The demo console imitates a Chinese console, its clock included. */
export const demo = { id: 'demo', name: { en: 'the demo shop', zh: '演示店' }, ...CHINA } satisfies MarketplaceProfile;
