// Shared by the page modules: the payload render.mjs puts in window.__PAGE__, and the ready signal.
import { useEffect } from 'react';

export const P = window.__PAGE__;

export function useReady(delay = 400) {
  useEffect(() => {
    const t = setTimeout(() => { window.__READY__ = true; }, delay);
    return () => clearTimeout(t);
  }, []);
}

/** Tab counts as a console shows them: the page's orders by status, plus a shop-wide backlog offset. */
export function countStatus(orders, status, extra = 0) {
  return orders.filter((o) => (Array.isArray(status) ? status.includes(o.status) : o.status === status)).length + extra;
}

export function sum(orders) {
  return Math.round(orders.reduce((s, o) => s + o.total, 0) * 100) / 100;
}

export function money(v, style) {
  const [i, f] = v.toFixed(2).split('.');
  const g = (sep) => i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (style) {
    case 'yen': return `¥${g(',')}.${f}`;
    case 'usd': return `$${g(',')}.${f}`;
    case 'gbp': return `£${g(',')}.${f}`;
    case 'aud': return `A$${g(',')}.${f}`;
    case 'eur-de': return `${g('.')},${f}\u00a0€`;
    default: return `${g(',')}.${f}`;
  }
}
