import { CHINA } from './china';
import type { MarketplaceProfile } from './profile';

export const tmall = { id: 'tmall', name: { en: 'Tmall', zh: '天猫' }, ...CHINA } satisfies MarketplaceProfile;
