import { CHINA } from './china';
import type { MarketplaceProfile } from './profile';

export const jd = { id: 'jd', name: { en: 'JD', zh: '京东' }, ...CHINA } satisfies MarketplaceProfile;
