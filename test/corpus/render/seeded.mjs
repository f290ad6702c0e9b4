// The blind held-out sets' seeded randomness and local wall time (test/corpus/render/heldout5.mjs …
// heldout9.mjs): each set's orders come from a seed, so a set renders the same pages every time.

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

export const num = (r, n) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10))).join('');
export const digits = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
export const caps = (r, n) => Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(r() * 26))).join('');
export const alnum = (r, n) => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[Math.floor(r() * 34)]).join('');
export const oneOf = (r, a) => a[Math.floor(r() * a.length)];
export const two = (n) => String(n).padStart(2, '0');
/** Whole units grouped by thousands with `sep` (1,234,567), as money is printed. */
export const grp = (int, sep = ',') => String(int).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** An amount's whole units and its cents in two digits. */
export function units(v) {
  const int = Math.floor(v + 1e-9);
  return { int, c: two(Math.round((v - int) * 100)) };
}

/** The wall time in `timeZone` at `ms`: year, month, day, hour, minute, second. */
export function clock(ms, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(ms));
  const v = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  return { y: +v.year, mo: +v.month, d: +v.day, h: +v.hour, mi: +v.minute, s: +v.second };
}
