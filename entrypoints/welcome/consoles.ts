import type { PageAdapter } from '../../lib/adapters';

/** A console the built extension reads, with the order pages its match patterns name. */
export interface ConsoleLinks {
  readonly id: string;
  readonly label: PageAdapter['label'];
  readonly links: readonly string[];
}

/**
 * The page a match pattern names, as a link: `https://trade.taobao.com/trade/itemlist/*` →
 * `https://trade.taobao.com/trade/itemlist/`. None for a wildcard host (`*.myshopify.com`):
 * there is no one address to open.
 */
export function linkOfPattern(pattern: string): string | undefined {
  const m = /^(https?):\/\/([^/*]+)(\/[^*]*)/.exec(pattern);
  return m ? `${m[1]}://${m[2]}${m[3]}` : undefined;
}

/**
 * The consoles whose every pattern the manifest grants (so the demo console shows only in the
 * builds that carry it), with their order pages as links, in the registry's order.
 */
export function consolesIn(adapters: readonly PageAdapter[], granted: ReadonlySet<string>): ConsoleLinks[] {
  return adapters
    .filter((a) => a.matches.length > 0 && a.matches.every((p) => granted.has(p)))
    .map((a) => ({ id: a.id, label: a.label, links: a.matches.flatMap((p) => linkOfPattern(p) ?? []) }));
}

/** The host patterns a manifest grants: MV3's host_permissions, or MV2's permissions (Firefox). */
export function grantedHosts(manifest: { host_permissions?: string[]; permissions?: string[] }): Set<string> {
  return new Set([...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])]);
}
