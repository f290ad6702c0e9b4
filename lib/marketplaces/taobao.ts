import { CHINA } from './china';
import type { MarketplaceProfile } from './profile';

export const taobao = { id: 'taobao', name: { en: 'Taobao', zh: '淘宝' }, ...CHINA } satisfies MarketplaceProfile;
