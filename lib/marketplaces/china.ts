/** The clock and currency every Chinese marketplace keeps: Beijing time (UTC+8, no DST), yuan. */
export const CHINA = { timeZone: 'Asia/Shanghai', currency: 'CNY', buyerLanguage: 'zh' } as const;
