/** One colour per detector family; charts also print names and values, so colour is never the only signal. */
const FAMILY_COLOURS: Record<string, string> = {
  shipping: '#1565c0',
  payment: '#6a1b9a',
  creation: '#00838f',
  outliers: '#8d6e63',
  delivery: '#ef6c00',
  tracking: '#2e7d32',
  address: '#ad1457',
  cancellation: '#5d4037',
  refund: '#c62828',
  abuse: '#4e342e',
  complaints: '#d84315',
  'after-sales': '#0277bd',
  reviews: '#f9a825',
  stock: '#558b2f',
  shop: '#455a64',
  other: '#78909c',
};
export const familyColour = (family: string): string => FAMILY_COLOURS[family] ?? '#78909c';
