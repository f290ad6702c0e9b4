import { CHINA } from './china';
import type { MarketplaceProfile } from './profile';

export const douyin = { id: 'douyin', name: { en: 'Douyin', zh: '抖店' }, ...CHINA } satisfies MarketplaceProfile;
