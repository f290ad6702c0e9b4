/**
 * A CSS selector for the element the seller pointed at that still finds it after the console
 * re-renders or ships a new build: an id, then data-* / role / aria attributes, then class
 * names without their build hash, then a short nth-of-type path. Every choice is checked to
 * match exactly that one element in its document.
 */

/** CSS.escape for identifiers (not available in every DOM the tests run in). */
export function cssIdent(value: string): string {
  return value
    .replace(/[^a-zA-Z0-9_\u00a0-\uffff-]/g, (ch) => `\\${ch}`)
    .replace(/^(-?)(\d)/, (_m, dash: string, digit: string) => `${dash}\\3${digit} `);
}

const cssString = (value: string): string => `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/**
 * A token a build tool generated: `1xP5b`, `css-1q2w3e`'s `1q2w3e`, styled-components'
 * `aXZVg`: letters mixed with digits, or capitals running into each other inside a word.
 * camelCase words (`orderItemWraper`) are names, not hashes.
 */
export function looksHashed(token: string): boolean {
  if (token.length < 4) return false;
  if (/\d/.test(token) && /[a-zA-Z]/.test(token)) return true;
  return /[a-z][A-Z]{2,}[a-z]|[a-z][A-Z][a-z][A-Z]/.test(token) && token.length <= 8;
}

/**
 * The stable form of one class name, as a selector: `.order-table`, or the part before a
 * CSS-modules hash (`Table--rows--vfIxDrh` → `[class*="Table--rows"]`); undefined when
 * nothing stable is left (`css-1q2w3e`).
 */
export function stableClassSelector(name: string): string | undefined {
  const module = /^(.+?)(?:_{2,3}|--)([A-Za-z0-9]{5,8})$/.exec(name);
  // CSS modules append `--hash` or `___hash`: a lower-case tail is a BEM modifier, not a hash.
  if (module && /[A-Z\d]/.test(module[2]!)) return `[class*=${cssString(module[1]!)}]`;
  const parts = name.split(/[-_]+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.some(looksHashed)) return undefined;
  return `.${cssIdent(name)}`;
}

const STABLE_ATTRIBUTES = ['role', 'aria-label', 'aria-labelledby', 'name', 'summary'];

/** Simple selectors describing `el` by itself, most stable first (without its tag name). */
function ownParts(el: Element): string[] {
  const parts: string[] = [];
  const id = el.getAttribute('id');
  if (id && !looksHashed(id.replace(/^[a-z]+[-_]/i, '')) && !/^:r[\da-z]*:$/.test(id) /* React's useId */) parts.push(`#${cssIdent(id)}`);
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-') || attr.name.startsWith('data-os-')) continue;
    const value = attr.value;
    // Row keys and counters change with the data; short words name the component.
    if (value.length > 40 || /\d{3,}/.test(value) || looksHashed(value)) continue;
    parts.push(value === '' ? `[${attr.name}]` : `[${attr.name}=${cssString(value)}]`);
  }
  for (const name of STABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && value.length <= 60 && !/\d{3,}/.test(value)) parts.push(`[${name}=${cssString(value)}]`);
  }
  for (const cls of Array.from(el.classList)) {
    const sel = stableClassSelector(cls);
    if (sel && !parts.includes(sel)) parts.push(sel);
  }
  return parts;
}

function matchesOnly(doc: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** A selector naming `el` alone (its tag plus stable parts), or undefined. */
function uniqueOwn(doc: ParentNode, el: Element): string | undefined {
  const tag = el.tagName.toLowerCase();
  const parts = ownParts(el);
  if (parts[0]?.startsWith('#') && matchesOnly(doc, parts[0], el)) return parts[0];
  for (const part of parts) if (matchesOnly(doc, `${tag}${part}`, el)) return `${tag}${part}`;
  // Two parts together (a role and a class) before giving up on the element's own attributes.
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const sel = `${tag}${parts[i]}${parts[j]}`;
      if (matchesOnly(doc, sel, el)) return sel;
    }
  }
  return undefined;
}

function nthOfType(el: Element): string {
  const tag = el.tagName.toLowerCase();
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === el.tagName) n++;
  return `${tag}:nth-of-type(${n})`;
}

/** The most stable selector matching exactly `el` in its document. */
export function stableSelector(el: Element): string {
  const doc = el.ownerDocument;
  const own = uniqueOwn(doc, el);
  if (own) return own;
  const tag = el.tagName.toLowerCase();
  const ownParts_ = ownParts(el).filter((p) => !p.startsWith('#'));
  // Inside an ancestor that can be named: `#orders-panel table`, `section[data-view="orders"] table.list`.
  for (let a = el.parentElement; a && a !== doc.documentElement; a = a.parentElement) {
    const anchor = uniqueOwn(doc, a);
    if (!anchor) continue;
    for (const sel of [`${anchor} ${tag}`, ...ownParts_.map((p) => `${anchor} ${tag}${p}`)]) {
      if (matchesOnly(doc, sel, el)) return sel;
    }
    break;
  }
  // A short path of positions, from the nearest nameable ancestor (or body).
  const steps: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node !== el) {
      const anchor = node.tagName === 'BODY' ? 'body' : uniqueOwn(doc, node);
      if (anchor) {
        const sel = [anchor, ...steps].join(' > ');
        if (matchesOnly(doc, sel, el)) return sel;
      }
    }
    steps.unshift(nthOfType(node));
    if (node.tagName === 'BODY' || node.tagName === 'HTML') break;
  }
  return steps.join(' > ');
}
