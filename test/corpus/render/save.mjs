/**
 * A rendered page as the corpus keeps it: the live DOM without scripts, styles, inline handlers or
 * image data, and <html>/<body> attributes sorted (several effects set them in varying order), so
 * a page rendered again from the same data is the same file.
 */
export function savePage(page) {
  return page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    root.querySelectorAll('script,style,link,noscript,template,iframe').forEach((n) => n.remove());
    root.querySelectorAll('svg').forEach((n) => { n.innerHTML = ''; });
    root.querySelectorAll('img[src^="data:"]').forEach((n) => n.setAttribute('src', 'data:,'));
    root.querySelectorAll('*').forEach((n) => { for (const a of [...n.attributes]) if (a.name.startsWith('on')) n.removeAttribute(a.name); });
    for (const n of [root, root.querySelector('body')]) {
      const attrs = [...n.attributes].map((a) => [a.name, a.value]).sort((x, y) => (x[0] < y[0] ? -1 : 1));
      attrs.forEach(([k]) => n.removeAttribute(k));
      attrs.forEach(([k, v]) => n.setAttribute(k, v));
    }
    return '<!DOCTYPE html>\n' + root.outerHTML;
  });
}

/**
 * Seeds the page's randomness before its scripts run (Math.random, crypto.getRandomValues and
 * crypto.randomUUID from one sequence starting at `seed`), so the ids component libraries generate
 * (form ids, keys, aria ids) are the same on every render and a page rendered again is the same file.
 */
export function seedRandomness(page, seed) {
  return page.addInitScript((start) => {
    let a = start >>> 0;
    Math.random = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
    crypto.getRandomValues = (arr) => { for (let i = 0; i < arr.length; i++) arr[i] = Math.floor(Math.random() * 2 ** (8 * (arr.BYTES_PER_ELEMENT || 1))); return arr; };
    crypto.randomUUID = () => 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => { const r = Math.floor(Math.random() * 16); return (c === 'x' ? r : (r & 3) | 8).toString(16); });
  }, seed);
}
