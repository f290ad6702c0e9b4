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
