/**
 * The reader by meaning: finds a page's order list by what it says, not by class names, and
 * reads each order into raw cells by meaning (DESIGN.md, "the one hard problem"). It knows
 * every shape component libraries draw a list in: HTML tables, ARIA grids and treegrids,
 * div grids, header and body in separate tables, pinned columns drawn as copies or as parts of
 * one row, merged order cells over item rows, expanded child rows; order blocks (a header line
 * "订单号：… 创建时间：…" over item rows) and cards. Column meaning comes from the shared header
 * dictionary (lib/extract/keys.ts) checked against what the cells hold (lib/extract/sniff.ts).
 *
 * Pure and synchronous; never throws for any page: a page without an order list gives
 * "no order list found". Teach mode's proposal and the popup's offer start from the same
 * detection; a console's adapter falls back to it when its selectors find nothing.
 */
import { DEFAULT_STATUS_VOCABULARY, OPEN_AFTER_SALES } from '../normalize/status';
import { westernDigits } from '../normalize/digits';
import { CellText, collapse, isHiddenRow, layoutGrid, safeQueryAll, textOf } from './dom';
import { normalizeHeader, type CellKey } from './keys';
import { worldHeaderLookup } from './keys-world';
import { EMPTY_LIST, type Found, type RawOrder, type UnitLayout } from './raw';
import { idTokenOf, isDecoyToken, isLetterReference, isUuid, looksLikeCount, looksLikeDate, moneyStrength } from './sniff';
import type { PageAdapter } from '../adapters/types';
import { learnBlock, NEVER_TEXT, partsByLayout, type LearnedBlock } from './learn';
import { LAYOUT_READERS, type LayoutReader, type LayoutReaders } from './read';
import { blockOrder as orderOfRows, cellsOf, groupRows, headerLabels, labelsOf, labelsOfCells } from './table';

/** The message read health shows when nothing on the page looks like an order list. */
export const NO_ORDER_LIST = 'no order list found';

/**
 * Traditional forms of the simplified characters the labels below are written with: Taiwan's and
 * Hong Kong's consoles write 訂單編號, 下單時間, 實付金額 (蝦皮 Taiwan's seller centre, test/corpus/render/heldout12.mjs).
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  订: '訂', 单: '單', 编: '編', 号: '號', 码: '碼', 创: '創', 时: '時', 间: '間', 实: '實', 买: '買', 态: '態', 运: '運', 总: '總',
  额: '額', 递: '遞', 汇: '匯', 计: '計', 数: '數', 据: '據', 无: '無', 暂: '暫', 处: '處', 状: '狀', 货: '貨', 发: '發', 诺: '諾',
  应: '應', 后: '後', 会: '會', 户: '戶', 务: '務', 话: '話', 机: '機', 联: '聯', 系: '繫', 费: '費', 员: '員', 邮: '郵',
};

/** `re` reading each of its Chinese words in simplified or traditional characters (each character with its other form). */
function withTraditional(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const other = TRADITIONAL[c];
    out += other === undefined ? c : inClass ? c + other : `[${c}${other}]`;
  }
  return new RegExp(out, re.flags);
}

/** A column's meaning as detected, with how sure the reader is (0–1). */
export interface ColumnGuess {
  readonly label: string;
  readonly key: CellKey | undefined;
  readonly confidence: number;
}

/** The order list a page holds, as the reader by meaning found it. */
export interface OrderList {
  readonly kind: 'table' | 'blocks' | 'cards';
  /** The table(s), or the blocks' or cards' container. */
  readonly elements: readonly Element[];
  readonly columns: readonly ColumnGuess[];
  readonly orders: readonly RawOrder[];
  /** How sure the reader is that this is the order list and its columns are right (0–1). */
  readonly confidence: number;
  /** Other lists with order numbers on the page, not read. */
  readonly others: number;
  /** How to read one of its orders again after the page changed it (order blocks and cards). */
  readonly units?: UnitLayout;
}

export type ListFound = { readonly kind: 'list'; readonly list: OrderList } | { readonly kind: 'problem'; readonly problem: string };

/**
 * Headers naming numbers that sit beside an order and are never its number; Turkish paket (package) and teslimat
 * (delivery) numbers sit beside Hepsiburada's order numbers in the same shape (test/corpus/render/heldout8.mjs);
 * refund, after-sales, service-order and return numbers sit beside the order's on after-sales lists (淘宝 退款管理,
 * 拼多多 售后, 京东 服务单, Amazon and eBay returns: test/corpus/render/heldout9.mjs), in the same shape.
 */
const DECOY_HEADER =
  withTraditional(/子订单|子单|包裹|运单|物流单|快递单|退款单|退款编号|退款号|售后单|售后编号|售后号|服务单|退货单|退货编号|手机|电话|联系方式|货号|商品编码|商品id|sku|tracking|parcel|package|paket|teslimat|sub-?order|salesrecord|record|phone|mobile|itemid|productid|listing|transaction|barcode|ean|upc|asin|isbn|(?<!^no\.?\s?|^nomor\s?)invoice|sendungsnummer|客户(?:id|编号)|(?:买家|会员|用户)id|(?:customer|client|user|member|buyer)(?:id|#|no)|(?:return|refund|claim)(?:id|#|no|number)|^rma/i);
/** Header words that may name an order's number when the dictionary has no entry for them. */
const WEAK_ID_HEADER = withTraditional(/^(?:#|no\.?|nr\.?|id|code|ref|reference|number|编号|单号|序号)$|编号$|单号$|number$|reference$|^ref/i);
/** Rows that total or summarise the list, or say it is empty. */
// Russian Итого / Всего (Kaspi, Ozon, Wildberries: test/corpus/render/heldout12.mjs), Turkish Toplam, Polish Razem / Suma, Dutch
// Totaal, Italian Totale, Korean 합계, Indonesian and Malay Jumlah, Vietnamese Tổng cộng: each list's total line.
const SUMMARY_ROW = withTraditional(/^(?:合计|总计|小计|汇总|total|totals|sum|summary|grand total|gesamt|итого|всего|toplam|razem|suma|totaal|totale|합계|jumlah|tổng cộng|暂无数据|暂无订单|no data|no orders|no rows)/i);
/** A tree grid's child row (a sub-order) by the levels libraries mark it with. */
const CHILD_LEVEL = /(?:^|[\s_-])(?:row-)?(?:level|depth)-?([1-9])\b|(?:^|[\s_-])(?:row-?)?child\b|--child\b|sub-?row\b/;

const ARIA_TABLE = '[role="table"], [role="grid"], [role="treegrid"]';
const ARIA_CELL = '[role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
const MAX_ROWS_SAMPLED = 40;

const lookup = worldHeaderLookup();

/** Words a header carries for screen readers or sorting ("Sort ascending.", 排序), not its name. */
const HEADER_NOISE = /(?:sort(?:ed)?\s*(?:by\s*)?(?:ascending|descending|asc|desc)\.?|click to sort|sortable|press to sort|升序|降序|排序)/gi;
/** Headers of a selection column: its cells hold checkboxes, never an order's number. */
const SELECT_HEADER = /^(?:select(?:\s*all)?|全选|选择|勾选)$/i;
/**
 * Zero-width characters a component library leaves in a header cell beside its word: Semi Design's filter
 * trigger holds a U+200B before its icon, so TikTok Shop Vietnam's "Trạng thái" read "Trạng thái\u200b" and
 * named no meaning (test/corpus/render/heldout8.mjs). They are no part of the header's name.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const cleanLabel = (label: string): string => label.replace(HEADER_NOISE, ' ').replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();

interface Grid {
  readonly tables: Element[];
  readonly labels: string[];
  readonly rows: Element[];
  readonly cells: Element[][];
  /**
   * Keys of the rows an ARIA part found indented as a tree's child rows: el-table-v2 indents a sub-order only in
   * its pinned order-number part, so its other parts leave the same rows out before the parts are joined.
   */
  readonly childKeys?: ReadonlySet<string>;
}

/** Finds the page's order list and reads its orders; never throws. */
export function findOrderList(root: ParentNode, learn = true): ListFound {
  try {
    return choose(orderLists(root, learn));
  } catch (e) {
    return { kind: 'problem', problem: `the page could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * Every list on the page that has an order-number column or order-number labels. `learn`: order
 * blocks after the first few are found and read by the layout those show (lib/extract/learn.ts)
 * when they prove to have it; false reads every block by its structure (the tests compare both).
 */
export function orderLists(root: ParentNode, learn = true): OrderList[] {
  tokens.clear();
  freeWalk = undefined;
  glueMarks = hasMark(root);
  // A few tables, one of them plainly an order list (its header names the order number, the
  // time and the total, and the cells agree): no need to look for blocks or div grids.
  // ARIA tables are looked for in the whole page only when its HTML tables are few.
  let tables = fewTables(root, 8) ? tablesIn(root) : undefined;
  if (tables !== undefined && tables.length <= 8) {
    const lists: OrderList[] = [];
    for (const grid of gridsOf(root, undefined, false, tables)) {
      const list = readGrid(grid);
      if (list) lists.push(list);
    }
    if (lists.some(isPlain)) return lists;
  }
  const groups = blockGroups(root, learn);
  // A table inside an order block is that block's items, not a list of its own (500 blocks, 500 tables).
  const blocks = new Set(groups.filter((g) => g.length >= 2).flat().filter((b) => !isSection(b)));
  const inBlock = (el: Element): boolean => {
    for (let up: Element | null = el; up !== null; up = up.parentElement) if (blocks.has(up)) return true;
    return false;
  };
  tables ??= tablesIn(root, blocks);
  const lists: OrderList[] = [];
  // Order blocks found: the page's list is theirs, not a grid drawn with divs.
  for (const grid of gridsOf(root, blocks.size > 0 ? inBlock : undefined, blocks.size === 0, tables, blocks)) {
    const list = readGrid(grid);
    if (list) lists.push(list);
  }
  lists.push(...blockLists(root, groups, learn));
  if (!lists.some((l) => l.orders.some((o) => o.given.orderId !== undefined))) lists.push(...unlabelledCards(root));
  return lists;
}

/**
 * Raw orders read by structure, fitted to a console's cell parts: a cell whose part's selectors
 * all miss (its classes were renamed) is left out, so the value the reader picked from the
 * cell's pieces is read instead; a part that still matches (a tag, `time[datetime]`) reads the cell.
 */
function fitParts(orders: readonly RawOrder[], adapter: PageAdapter | undefined): RawOrder[] {
  const parts = adapter?.cellParts;
  if (parts === undefined) return [...orders];
  return orders.map((o) => {
    let cells: Partial<Record<CellKey, Element>> | undefined;
    const given = { ...o.given };
    for (const [key, cell] of Object.entries(o.orderCells) as [CellKey, Element][]) {
      const part = parts[key];
      // The console reads this meaning from another column (拼多多's order time from 成团时间), which the page's structure did not name.
      if (part?.column !== undefined && part.column !== key && o.orderCells[part.column] === undefined) {
        given[key] ??= valueIn(key, cell) ?? piecesOf(cell).join(' ');
        continue;
      }
      const select = part?.select;
      if (select === undefined || key === 'orderId' || select.some((sel) => safeQueryAll(cell, sel).length > 0)) continue;
      cells ??= { ...o.orderCells };
      delete cells[key];
      given[key] ??= valueIn(key, cell) ?? piecesOf(cell).join(' ');
    }
    return { ...o, orderCells: cells ?? o.orderCells, given };
  });
}

/** The reader by meaning as a layout reader: a content script injects it when its console's layout finds nothing. */
export const READ_MEANING: LayoutReaders = {
  // Orders handed over as they are read only when the list keeps them as read (no number to cut).
  meaning: (root, layout, _keyOf, _empty, cellText, _adapter, each) => findByMeaning(root, layout.idPattern, cellText, layout.idPattern === undefined ? each : undefined),
};

/**
 * `readers` with the reader by meaning: each console layout's reader, when it finds no list
 * (a redesign, a renamed class), hands the page to the reader by meaning, which reads the list
 * by its structure and says so (`byStructure`). A content script injects this on demand.
 */
export function withMeaning(readers: LayoutReaders): LayoutReaders {
  const wrap = <L extends Exclude<PageAdapter['layout'], { kind: 'meaning' }>>(read: LayoutReader<L> | undefined): LayoutReader<L> | undefined =>
    read &&
    ((root, layout, keyOf, empty, cellText, adapter, each) => {
      // The layout's reader hands each order it reads to `each` (lib/extract/read.ts): one pass.
      const found = read(root, layout, keyOf, empty, cellText, adapter, each);
      if (found.kind === 'orders' || found.problem === EMPTY_LIST) return found;
      const byMeaning = findByMeaning(root, adapter?.cellParts?.orderId?.pattern, cellText);
      if (byMeaning.kind === 'orders') {
        const { units } = byMeaning;
        return {
          kind: 'orders',
          orders: fitParts(byMeaning.orders, adapter),
          byStructure: byMeaning.byStructure ?? 1,
          ...(units && { units: { ...units, read: (el, text) => fitted(units.read(el, text), (raw) => fitParts([raw], adapter)[0]!) } }),
        };
      }
      // Neither the layout nor the page's structure finds an order list: read health says so in
      // the same words on every console. A layout that found its list's frame but no order in
      // it says more ("the order list shows no order cards"), so its words stand.
      return byMeaning.problem === NO_ORDER_LIST && /^no order/.test(found.problem) ? byMeaning : found;
    });
  return { ...readers, table: wrap(readers.table), blocks: wrap(readers.blocks), cards: wrap(readers.cards), ...READ_MEANING };
}

/** Every console layout's reader and the reader by meaning (tests, evaluation, teach mode's preview). */
export const ALL_READERS: LayoutReaders = withMeaning(LAYOUT_READERS);

/** A unit read again, changed as the whole list's orders were. */
const fitted = (read: RawOrder | undefined | 'layout', fit: (raw: RawOrder) => RawOrder): RawOrder | undefined | 'layout' =>
  read === undefined || read === 'layout' ? read : fit(read);

/** How many order numbers the page's order list shows: 0 when it shows none (the popup's teach offer). */
export function orderNumbersShown(root: ParentNode): number {
  const found = findOrderList(root);
  return found.kind === 'list' ? found.list.orders.filter((o) => o.given.orderId !== undefined).length : 0;
}

/**
 * The page read's cell text (lib/extract/read.ts), which says which order blocks hold no
 * never-text (blockLists reads their texts by the browser's walker); undefined outside a page read.
 */
let readText: CellText | undefined;

/**
 * Each order block's order as it is finished, while its elements are fresh in the processor's
 * caches (lib/extract/read.ts readAllUnits reads it then); undefined outside a page read.
 */
let handOver: ((raw: RawOrder) => void) | undefined;

/**
 * The same, as a layout reader's result (lib/extract/read.ts); `cellText`: the page read's.
 * `each` is handed the orders of order blocks as they are read, those of lists not chosen too.
 */
export function findByMeaning(root: ParentNode, idPattern?: RegExp, cellText?: CellText, each?: (raw: RawOrder) => void): Found {
  const outer = readText;
  const outerEach = handOver;
  readText = cellText;
  handOver = each;
  let found: ListFound;
  try {
    found = findOrderList(root);
  } finally {
    readText = outer;
    handOver = outerEach;
  }
  if (found.kind === 'problem') return found;
  const orders = found.list.orders;
  if (orders.length === 0) return { kind: 'problem', problem: EMPTY_LIST };
  // How many order lists the page shows: read health says the one with order numbers was read.
  const byStructure = 1 + found.list.others;
  const units = found.list.units;
  if (idPattern === undefined) return { kind: 'orders', orders, byStructure, ...(units && { units }) };
  // Cut as the console's own reader cuts it: "#1047" is order 1047 on WooCommerce.
  const cut = (o: RawOrder): RawOrder => {
    const id = o.given.orderId;
    return id === undefined ? o : { ...o, given: { ...o.given, orderId: idPattern.exec(id)?.[1] ?? id } };
  };
  return {
    kind: 'orders',
    orders: orders.map(cut),
    byStructure,
    ...(units && { units: { ...units, read: (el: Element, text: CellText) => fitted(units.read(el, text), cut) } }),
  };
}

/** How much of an order list was read: its orders' times, totals and statuses, not its headers. */
function score(list: OrderList): number {
  // The first 50 orders tell as much as 500.
  const read = list.orders.slice(0, 50).filter((o) => o.given.orderId !== undefined);
  const n = Math.max(read.length, 1);
  const share = (key: CellKey): number => read.filter((o) => o.given[key] !== undefined || o.orderCells[key] !== undefined).length / n;
  const withIds = read.length < 50 ? read.length : list.orders.length;
  return share('placedAt') * 3 + share('paid') * 3 + share('status') * 2 + list.confidence * 4 + Math.min(withIds, 30) / 10;
}

function choose(lists: OrderList[]): ListFound {
  const withOrders = lists.filter((l) => l.orders.some((o) => o.given.orderId !== undefined));
  if (withOrders.length === 0) {
    const empty = lists.find((l) => l.orders.length === 0 && l.columns.some((c) => c.key === 'orderId'));
    if (empty) return { kind: 'list', list: empty };
    return { kind: 'problem', problem: NO_ORDER_LIST };
  }
  let best = withOrders[0]!;
  let bestScore = score(best);
  for (const l of withOrders.slice(1)) {
    const sc = score(l);
    if (sc > bestScore) [best, bestScore] = [l, sc];
  }
  // Another list counts when it holds orders this one does not (a copy of pinned columns does not).
  const ids = new Set(best.orders.map((o) => o.given.orderId));
  const others = withOrders.filter((l) => l !== best && l.orders.some((o) => o.given.orderId !== undefined && !ids.has(o.given.orderId))).length;
  return { kind: 'list', list: { ...best, others } };
}

// ---------------------------------------------------------------------------------------------
// Tables, ARIA grids and div grids

/** A list whose header names its orders' number, time and total, with the cells agreeing, and that has orders. */
function isPlain(list: OrderList): boolean {
  const sure = (key: CellKey) => list.columns.some((c) => c.key === key && c.confidence >= 0.9);
  return list.kind === 'table' && list.orders.length >= 2 && sure('orderId') && sure('placedAt') && sure('paid');
}

const ARIA_TABLE_ROLES: ReadonlySet<string> = new Set(['table', 'grid', 'treegrid']);

/**
 * The page's HTML tables and ARIA tables in page order: what `table, [role="table"], …` finds,
 * but by the tag's collection and one query for any role, which Chromium answers several times
 * faster than the list (27,000 elements: 0.5 against 1.8 ms). With order blocks, only the
 * tables outside them (a table in a block is its items; tablesOutside).
 */
function tablesIn(root: ParentNode, blocks?: ReadonlySet<Element>): Element[] {
  if (blocks !== undefined && blocks.size > 0) return tablesOutside(root, blocks);
  const byTag = 'getElementsByTagName' in root ? (root as Element).getElementsByTagName('table') : undefined;
  if (byTag === undefined) return safeQueryAll(root, `table, ${ARIA_TABLE}`);
  const tables: Element[] = [];
  for (let i = 0, n = byTag.length; i < n; i++) tables.push(byTag[i]!);
  const roles = safeQueryAll(root, '[role]').filter(isAriaTable);
  if (roles.length === 0) return tables;
  return [...tables, ...roles].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/**
 * Whether `root` holds at most `max` HTML tables (true where it cannot say cheaply): the tag's
 * collection is walked only to the table after them, where its length would walk the whole page
 * once the page has changed (27,000 elements: 0.25 ms).
 */
const fewTables = (root: ParentNode, max: number): boolean =>
  !('getElementsByTagName' in root) || (root as Element).getElementsByTagName('table').item(max) === null;

const isAriaTable = (el: Element): boolean => ARIA_TABLE_ROLES.has(el.getAttribute('role') ?? '') && el.localName !== 'table';
const isTable = (el: Element): boolean => el.localName === 'table' || isAriaTable(el);

/**
 * The HTML and ARIA tables under `root` that no order block holds (a table in a block is its
 * items), a block that is a table included, in page order: the blocks' ancestors are walked and
 * every other subtree searched by one query, so the blocks, most of such a page, are not searched
 * (27,000 elements: 0.4 ms for one query over them all), nor listed by the page's table collection.
 */
function tablesOutside(root: ParentNode, blocks: ReadonlySet<Element>): Element[] {
  const above = new Set<Node>();
  for (const block of blocks) for (let up = block.parentNode; up !== null && !above.has(up); up = up.parentNode) above.add(up);
  const found: Element[] = [];
  const search = (node: ParentNode): void => {
    for (let child = node.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (isTable(child)) found.push(child);
      if (blocks.has(child)) continue;
      if (above.has(child)) search(child);
      else for (const el of safeQueryAll(child, 'table, [role]')) if (isTable(el)) found.push(el);
    }
  };
  search(root);
  return found;
}

/** `blocks`: the page's order blocks, whose rows are theirs, never a div list's under a header table. */
function gridsOf(root: ParentNode, skip: (el: Element) => boolean = () => false, withDivs = true, tables = tablesIn(root), blocks?: ReadonlySet<Element>): Grid[] {
  const parts: Grid[] = [];
  for (const el of tables) {
    if (skip(el)) continue;
    // A table inside an ARIA grid's cell is its own list; a table that is the grid is read once.
    const part = el.tagName === 'TABLE' ? htmlPart(el) : ariaPart(el);
    if (part) parts.push(part);
  }
  const grids: Grid[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.rows.length === 0 && part.labels.length > 0 && next && next.labels.every((l) => l === '') && next.rows.length > 0) {
      // Header and body drawn as two tables (fixed header): one list.
      grids.push({ tables: [...part.tables, ...next.tables], labels: part.labels, rows: next.rows, cells: next.cells });
      i++;
    } else if (part.rows.length === 0 && part.labels.length > 0) {
      // A header table over a body drawn with divs (virtual lists): rows with as many cells.
      const headRow = lastHeaderRow(part.tables[0]!);
      const rows = headRow ? rowsAfter(headRow, part.labels.length, blocks) : [];
      grids.push(rows.length > 0 ? { ...part, rows, cells: rows.map((r) => Array.from(r.children)) } : part);
    } else grids.push(part);
  }
  if (withDivs) grids.push(...divGrids(root));
  return joinPinned(grids);
}

function lastHeaderRow(table: Element): Element | undefined {
  const rows = safeQueryAll(table, 'thead tr, tr');
  return rows[rows.length - 1];
}

/** A row's key across the parts a grid draws it in (pinned left, centre, right). */
const pinKeyOf = (row: Element): string | null =>
  // Most rows carry no attribute: one call says so instead of ten.
  !row.hasAttributes() ? null : rowKeyOf(row) ?? row.getAttribute('rowkey') ?? row.getAttribute('rowid') ?? row.getAttribute('data-key') ?? row.getAttribute('data-index');

/**
 * Grids whose rows carry the same keys are one list drawn in parts (pinned columns as tables of
 * their own, Element Plus's table-v2, AG Grid without roles): their columns are joined row by row.
 */
function joinPinned(parts: Grid[]): Grid[] {
  // A tree's child rows one part found by their indent are left out of every part.
  const children = new Set(parts.flatMap((g) => (g.childKeys === undefined ? [] : [...g.childKeys])));
  const grids = children.size === 0 ? parts : parts.map((g) => withoutRows(g, children));
  const keysOf = (g: Grid): string | undefined => {
    if (g.rows.length === 0) return undefined;
    const keys = g.rows.map(pinKeyOf);
    return keys.every((k) => k !== null) ? keys.join('\u0001') : undefined;
  };
  const out: Grid[] = [];
  const byKeys = new Map<string, Grid>();
  for (const g of grids) {
    const keys = keysOf(g);
    const base = keys === undefined ? undefined : byKeys.get(keys);
    if (base === undefined) {
      out.push(g);
      if (keys !== undefined) byKeys.set(keys, g);
      continue;
    }
    const joined = fillsIn(base, g) ?? {
      tables: [...base.tables, ...g.tables],
      labels: [...padded(base), ...g.labels],
      rows: base.rows,
      cells: base.cells.map((cells, i) => [...cells, ...(g.cells[i] ?? [])]),
    };
    out[out.indexOf(base)] = joined;
    byKeys.set(keys!, joined);
  }
  return out;
}

/** `grid` without the rows whose key is in `keys`. */
function withoutRows(grid: Grid, keys: ReadonlySet<string>): Grid {
  const keep = grid.rows.map((row) => {
    const key = pinKeyOf(row);
    return key === null || !keys.has(key);
  });
  if (keep.every(Boolean)) return grid;
  return { ...grid, rows: grid.rows.filter((_, i) => keep[i]), cells: grid.cells.filter((_, i) => keep[i]) };
}

/**
 * A pinned copy under the same header as the body (Vxe, Element): the body leaves the pinned
 * columns empty, and the copy's few cells are those columns, the first ones empty for a left
 * copy, the last ones for a right copy (a copy drawn after another one).
 */
function fillsIn(base: Grid, part: Grid): Grid | undefined {
  const width = base.labels.length;
  const k = part.cells[0]?.length ?? 0;
  if (k === 0 || k >= width || part.labels.length !== width || part.labels.some((l, i) => l !== base.labels[i])) return undefined;
  const empty: number[] = [];
  for (let c = 0; c < width; c++) {
    if (base.cells.slice(0, 10).every((cells) => (cells[c]?.textContent ?? '').trim() === '')) empty.push(c);
  }
  if (empty.length < k) return undefined;
  const filled = filledBy.get(base) ?? 0;
  const at = filled === 0 ? empty.slice(0, k) : empty.slice(-k);
  filledBy.set(base, filled + 1);
  const cells = base.cells.map((row, i) => {
    const copy = [...row];
    at.forEach((c, j) => {
      const cell = part.cells[i]?.[j];
      if (cell) copy[c] = cell;
    });
    return copy;
  });
  const grid = { tables: [...base.tables, ...part.tables], labels: base.labels, rows: base.rows, cells };
  filledBy.set(grid, filled + 1);
  return grid;
}
const filledBy = new WeakMap<Grid, number>();

/** A grid's labels, one per column of its widest row. */
const padded = (g: Grid): string[] => {
  const width = Math.max(g.labels.length, ...g.cells.map((c) => c.length));
  return Array.from({ length: width }, (_, i) => g.labels[i] ?? '');
};

function isChildRow(row: Element): boolean {
  const level = Number.parseInt(row.getAttribute('aria-level') ?? '1', 10);
  if (level > 1) return true;
  const cls = row.getAttribute('class');
  return cls !== null && /level|depth|child|sub/.test(cls) && CHILD_LEVEL.test(cls);
}

const colspanOf = (cell: Element): number => Number.parseInt(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan') ?? '1', 10);
/**
 * A row of one cell across the table: an expanded detail, a message ("暂无数据"), never an order.
 * `shown`: an element known to show text (an order number's label), whose cell is not read again.
 */
function isSpanningRow(cells: readonly Element[], shown?: Element): boolean {
  if (cells.length > 2) return false;
  let spans = false;
  for (let i = 0; i < cells.length && !spans; i++) spans = colspanOf(cells[i]!) > 1;
  if (!spans) return false;
  let filled = 0;
  for (const c of cells) if ((shown !== undefined && c.contains(shown)) || (c.textContent ?? '').trim() !== '') filled++;
  return filled <= 1;
}

/** The table a row belongs to: its parent or its row group's parent most often, else the nearest above. */
function tableOf(row: Element): Element | null {
  const parent = row.parentElement;
  if (parent === null) return null;
  if (parent.localName === 'table') return parent;
  const up = parent.parentElement;
  return up !== null && up.localName === 'table' ? up : row.closest('table');
}

const hiddenByStyle = (el: Element): boolean => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');

function htmlPart(table: Element): Grid | undefined {
  const headerRows: Element[] = [];
  const rows: Element[] = [];
  const cells: Element[][] = [];
  let leading = true;
  for (const row of safeQueryAll(table, 'tr')) {
    if (tableOf(row) !== table) continue;
    const rowCells = cellsOf(row);
    if (rowCells.length === 0) continue;
    const inHead = row.parentElement?.tagName === 'THEAD';
    const allTh = rowCells.every((c) => c.tagName === 'TH');
    if (inHead || (leading && allTh && !rowCells.some((c) => c.getAttribute('scope') === 'row'))) {
      headerRows.push(row);
      continue;
    }
    if (row.parentElement?.tagName === 'TFOOT') continue;
    leading = false;
    // Hidden, styled and child rows all say so by an attribute: most rows carry none.
    if ((row.hasAttributes() && (isHiddenRow(row) || hiddenByStyle(row) || isChildRow(row))) || isSpanningRow(rowCells)) continue;
    rows.push(row);
    cells.push(rowCells);
  }
  if (headerRows.length === 0 && rows.length === 0) return undefined;
  // Only a table with some inline indent is measured row by row. Whether any element has a style
  // at all is asked first: one plain selector costs far less than four substring ones over every
  // cell (500 rows: a tenth of the read).
  if (rows.length >= 2 && table.querySelector('[style]') !== null && table.querySelector(INDENTED) !== null) dropIndented(rows, cells);
  return { tables: [table], labels: headerRows.length > 0 ? headerLabels(headerRows) : [], rows, cells };
}

const INDENT = /(?:padding|margin)-(?:left|inline-start)\s*:\s*(\d+(?:\.\d+)?)px/;
const INDENTED = '[style*="padding-left"], [style*="margin-left"], [style*="padding-inline-start"], [style*="margin-inline-start"]';

/**
 * How far a cell's text is pushed right by an inline padding or margin before it, as tree
 * tables indent their child rows (`<span style="padding-left: 16px">` before a sub-order's
 * number) when no class or aria-level says so (classes renamed or stripped).
 */
function indentOf(cell: Element): number {
  let indent = 0;
  let el: Element | null = cell;
  for (let depth = 0; el !== null && depth < 5; depth++) {
    const m = INDENT.exec(el.getAttribute('style') ?? '');
    if (m !== null) indent += Number(m[1]);
    // The elements before the cell's first text: an empty indent span, then the one holding the text.
    let next: Element | null = null;
    for (let c = el.firstChild; c !== null; c = c.nextSibling) {
      if (c.nodeType === 3 && (c.nodeValue ?? '').trim() !== '') return indent;
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      // An empty element before the text (an indent span) adds its own indent; the first other
      // one is walked into.
      if (child.firstChild === null) {
        const own = INDENT.exec(child.getAttribute('style') ?? '');
        if (own !== null) indent += Number(own[1]);
        continue;
      }
      next = child;
      break;
    }
    el = next;
  }
  return indent;
}

/** Rows indented past the table's least indent by a tree level (8px or more) are child rows: left out. */
function dropIndented(rows: Element[], cells: Element[][]): void {
  if (rows.length < 2) return;
  const indents = cells.map((c) => {
    const first = c[0]!;
    return indentOf((first.textContent ?? '').trim() === '' && c.length > 1 ? c[1]! : first);
  });
  let least = Infinity;
  for (const n of indents) if (n < least) least = n;
  if (!indents.some((n) => n >= least + 8)) return;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (indents[i]! >= least + 8) {
      rows.splice(i, 1);
      cells.splice(i, 1);
    }
  }
}

/** An ARIA row's key: rows drawn in 2–3 pinned parts share it, and are one row. */
const rowKeyOf = (row: Element): string | null =>
  row.getAttribute('aria-rowindex') ?? row.getAttribute('row-index') ?? row.getAttribute('data-rowindex') ?? row.getAttribute('row-id') ?? row.getAttribute('data-row-key') ?? row.getAttribute('data-id');

function ariaCells(row: Element): Element[] {
  const cells = safeQueryAll(row, ARIA_CELL).filter((c) => c.parentElement?.closest('[role="row"]') === row);
  const indexed = cells.map((c) => Number.parseInt(c.getAttribute('aria-colindex') ?? '', 10));
  if (cells.length > 0 && indexed.every((n) => Number.isFinite(n))) {
    return cells.map((c, i) => [c, indexed[i]!] as const).sort((a, b) => a[1] - b[1]).map(([c]) => c);
  }
  return cells;
}

function ariaPart(grid: Element): Grid | undefined {
  const rowEls = safeQueryAll(grid, '[role="row"]').filter((r) => r.parentElement?.closest(ARIA_TABLE) === grid);
  // Rows drawn in pinned parts (left, centre, right) are joined by their row key.
  const header: Element[][] = [];
  const body: { row: Element; cells: Element[] }[] = [];
  const byKey = new Map<string, { row: Element; cells: Element[] }>();
  const headerByKey = new Map<string, Element[]>();
  for (const row of rowEls) {
    const cells = row.tagName === 'TR' ? cellsOf(row) : ariaCells(row);
    if (cells.length === 0) continue;
    const key = rowKeyOf(row);
    if (cells.every((c) => c.getAttribute('role') === 'columnheader' || (c.tagName === 'TH' && !c.hasAttribute('role')))) {
      const joined = key === null ? undefined : headerByKey.get(key);
      if (joined) joined.push(...cells);
      else {
        header.push(cells);
        if (key !== null) headerByKey.set(key, cells);
      }
      continue;
    }
    if (isHiddenRow(row) || hiddenByStyle(row) || isChildRow(row) || isSpanningRow(cells)) continue;
    const joined = key === null ? undefined : byKey.get(key);
    if (joined) joined.cells.push(...cells);
    else {
      const entry = { row, cells };
      body.push(entry);
      if (key !== null) byKey.set(key, entry);
    }
  }
  if (header.length === 0 && body.length === 0) return undefined;
  // Cells of a joined row are ordered by aria-colindex when every cell has one.
  for (const entry of [...body, ...header.map((cells) => ({ row: grid, cells }))]) {
    const idx = entry.cells.map((c) => Number.parseInt(c.getAttribute('aria-colindex') ?? '', 10));
    if (idx.every((n) => Number.isFinite(n))) {
      const sorted = entry.cells.map((c, i) => [c, idx[i]!] as const).sort((a, b) => a[1] - b[1]).map(([c]) => c);
      entry.cells.splice(0, entry.cells.length, ...sorted);
    }
  }
  const labels = header.length > 0 ? labelsOfCells(header) : [];
  const rows = body.map((b) => b.row);
  const cells = body.map((b) => b.cells);
  // Child rows without a class or level saying so (classes stripped or renamed): indented in their first cell.
  let childKeys: Set<string> | undefined;
  if (rows.length >= 2 && grid.querySelector(INDENTED) !== null) {
    const before = rows.slice();
    dropIndented(rows, cells);
    const left = new Set(rows);
    for (const row of before) {
      const key = left.has(row) ? null : pinKeyOf(row);
      if (key !== null) (childKeys ??= new Set()).add(key);
    }
  }
  return { tables: [grid], labels, rows, cells, ...(childKeys && { childKeys }) };
}


const isRowish = (el: Element): boolean => el.childElementCount >= 3 && !el.closest('table, [role="row"], select, svg');

/**
 * Lists drawn with plain divs: a header line of short texts the dictionary knows, then rows
 * with as many cells after it (in the same container or the next one).
 */
function divGrids(root: ParentNode): Grid[] {
  const grids: Grid[] = [];
  const used = new Set<Element>();
  for (const el of safeQueryAll(root, 'div, ul, section, header')) {
    if (!isRowish(el) || used.has(el)) continue;
    const kids = Array.from(el.children);
    if (kids.length > 30) continue;
    const texts = kids.map((k) => textOf(k));
    if (texts.some((t) => t.length > 40)) continue;
    const hits = texts.filter((t) => t !== '' && lookup(t) !== undefined).length;
    if (hits < 2 || !texts.some((t) => lookup(t) === 'orderId' || WEAK_ID_HEADER.test(normalizeHeader(t)))) continue;
    const width = kids.length;
    const rows = rowsAfter(el, width);
    if (rows.length === 0) continue;
    for (const r of rows) used.add(r);
    grids.push({ tables: [el], labels: texts, rows, cells: rows.map((r) => Array.from(r.children)) });
  }
  return grids;
}

/**
 * Rows of `width` cells after a header line: its later siblings, or those of an ancestor's.
 * Order blocks (`blocks`) are passed over: a page header's columns over 500 blocks are the
 * blocks' to read (blockLists), and looking for rows among them walked ~800 of their elements.
 */
function rowsAfter(header: Element, width: number, blocks?: ReadonlySet<Element>): Element[] {
  const fits = (el: Element): boolean => el.childElementCount === width && !hiddenByStyle(el);
  let from: Element | null = header;
  for (let up = 0; up < 5 && from; up++, from = from.parentElement) {
    for (let sib = from.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (blocks?.has(sib)) continue;
      if (fits(sib) && from === header) {
        const rows: Element[] = [];
        for (let r: Element | null = sib; r; r = r.nextElementSibling) if (fits(r)) rows.push(r);
        return rows;
      }
      // A body container: the rows are its children, or sit a few wrappers down (virtual lists).
      let level: Element[] = [sib];
      for (let depth = 0; depth < 6 && level.length > 0 && level.length < 200; depth++) {
        const next: Element[] = [];
        for (const box of level) {
          const rows: Element[] = [];
          for (let r = box.firstElementChild; r !== null; r = r.nextElementSibling) {
            if (blocks?.has(r)) continue;
            if (fits(r)) rows.push(r);
            // Past 200 wrappers the search stops: they are no longer listed.
            else if (next.length < 200) next.push(r);
          }
          if (rows.length > 0) return rows;
        }
        level = next;
      }
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Column meaning

interface ColumnStats {
  readonly id: number;
  /** Share of capital-letter references (isLetterReference), order numbers only under an id header. */
  readonly ref: number;
  /**
   * Share of numbers of a tracking number's or a phone's shape, which are order numbers only where the column's
   * header names the order number (Daraz's 15 digits after a 7, as 申通's parcels are numbered).
   */
  readonly vouched: number;
  readonly unique: number;
  readonly date: number;
  readonly money: number;
  readonly strongMoney: number;
  readonly status: number;
  readonly count: number;
  readonly filled: number;
}

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words in one expression, longest first: Latin ones as whole words. */
const wordsRe = (words: string[]): RegExp =>
  new RegExp(
    words
      .sort((a, b) => b.length - a.length)
      .map((w) => (/^[\x00-\x7f]+$/.test(w) ? `\\b${escapeRe(w)}\\b` : escapeRe(w)))
      .join('|'),
    'i',
  );
/** Every status word the dictionary knows. */
const STATUS_RE = wordsRe(Object.keys(DEFAULT_STATUS_VOCABULARY));
/**
 * The dictionary's words as they are, lower-cased: most status texts are one word exactly ("交易成功"), found
 * without the expression of all 300-odd words, which costs a microsecond on a Chinese text (once per order).
 */
const STATUS_WORDS: ReadonlySet<string> = new Set(Object.keys(DEFAULT_STATUS_VOCABULARY).map((w) => w.toLowerCase()));
const isStatusText = (text: string): boolean => text.length <= 40 && (STATUS_WORDS.has(text) || STATUS_RE.test(text));
/** The words of a request still open (退款中, Return requested, 平台介入): beside a status they outrank it. */
const OPEN_REQUEST_RE = wordsRe(Object.entries(DEFAULT_STATUS_VOCABULARY).filter(([, status]) => OPEN_AFTER_SALES.has(status)).map(([w]) => w));

function statsOf(texts: readonly string[]): ColumnStats {
  let id = 0, ref = 0, vouched = 0, date = 0, money = 0, strongMoney = 0, status = 0, count = 0, filled = 0;
  const ids = new Set<string>();
  for (const t of texts) {
    if (t === '') continue;
    filled++;
    const token = idTokenOf(t);
    if (token !== undefined) {
      id++;
      ids.add(token);
    } else if (isLetterReference(t)) {
      ref++;
      ids.add(t);
    } else if (/\d{6}/.test(t) && idTokenOf(t, true) !== undefined) vouched++;
    if (looksLikeDate(t)) date++;
    const m = moneyStrength(t);
    if (m > 0) money++;
    if (m === 2) strongMoney++;
    if (isStatusText(t)) status++;
    if (looksLikeCount(t)) count++;
  }
  const n = Math.max(filled, 1);
  return { id: id / n, ref: ref / n, vouched: vouched / n, unique: ids.size / Math.max(id + ref, 1), date: date / n, money: money / n, strongMoney: strongMoney / n, status: status / n, count: count / n, filled };
}

const MONEY_KEYS: ReadonlySet<CellKey> = new Set<CellKey>(['paid', 'subtotal', 'unitPrice', 'shipping', 'discount']);
/** Meanings whose value is a date and time (the flat-run rule, lib/extract/flat.ts, types its columns by them too). */
export const DATE_KEYS: ReadonlySet<CellKey> = new Set<CellKey>(['placedAt', 'paidAt', 'shipBy']);

/** Each column's meaning: the header word when the cells agree, else what the cells hold. */
/** The meaning the dictionary gives a column header; never the order number for a decoy's header ("子订单号"). */
function headerKey(label: string): CellKey | undefined {
  const key = label === '' ? undefined : lookup(label);
  return key === 'orderId' && DECOY_HEADER.test(normalizeHeader(label)) ? undefined : key;
}

export function guessColumns(labels: readonly string[], columnTexts: readonly (readonly string[])[]): ColumnGuess[] {
  const stats = columnTexts.map(statsOf);
  const width = Math.max(labels.length, columnTexts.length);
  const keys: (CellKey | undefined)[] = [];
  const conf: number[] = [];
  for (let c = 0; c < width; c++) {
    const label = labels[c] ?? '';
    const s = stats[c];
    let key = headerKey(label);
    let confidence = key === undefined ? 0 : 0.9;
    if (key !== undefined && s !== undefined && s.filled > 0) {
      // A header word the cells contradict is not taken ("Order" over a column of dates).
      if (key === 'orderId' && s.id + s.ref + s.vouched < 0.5) key = undefined;
      else if (DATE_KEYS.has(key) && s.date < 0.5) key = undefined;
      else if (MONEY_KEYS.has(key) && s.money < 0.5 && key !== 'discount') key = undefined;
      else confidence = 0.95;
    }
    if (key !== undefined && keys.includes(key)) {
      // The same meaning twice (a pinned copy of a column): the one that holds values wins.
      const j = keys.indexOf(key);
      if ((s?.filled ?? 0) > (stats[j]?.filled ?? 0)) {
        keys[j] = undefined;
        conf[j] = 0;
      } else key = undefined;
    }
    keys.push(key);
    conf.push(key === undefined ? 0 : confidence);
  }
  const free = (c: number): boolean => {
    const norm = normalizeHeader(labels[c] ?? '');
    return keys[c] === undefined && !DECOY_HEADER.test(norm) && !SELECT_HEADER.test((labels[c] ?? '').trim());
  };
  const pick = (key: CellKey, test: (s: ColumnStats, c: number) => boolean, confidence: number, last = false): void => {
    if (keys.includes(key)) return;
    const order = [...Array(width).keys()];
    if (last) order.reverse();
    for (const c of order) {
      const s = stats[c];
      if (s && s.filled > 0 && free(c) && test(s, c)) {
        keys[c] = key;
        conf[c] = confidence;
        return;
      }
    }
  };
  // A header that may name the number vouches for capital-letter references (PrestaShop's Reference).
  pick('orderId', (s, c) => s.id + s.ref >= 0.8 && s.unique >= 0.9 && s.date < 0.5 && s.money < 0.5 && WEAK_ID_HEADER.test(normalizeHeader(labels[c] ?? '')), 0.8);
  pick('orderId', (s) => s.id >= 0.9 && s.unique >= 0.95 && s.date < 0.3 && s.money < 0.3 && s.count < 0.3, 0.6);
  pick('placedAt', (s) => s.date >= 0.7, 0.7);
  const totalHeader = (c: number): boolean => /total|amount|paid|sum|gesamt|betrag|金额|实付|实收|应付|合计|总价/i.test(labels[c] ?? '');
  pick('paid', (s, c) => s.money >= 0.7 && totalHeader(c), 0.8);
  pick('paid', (s) => s.strongMoney >= 0.7, 0.6, true);
  pick('paid', (s) => s.money >= 0.8, 0.5, true);
  pick('status', (s) => s.status >= 0.6, 0.7);
  return keys.map((key, c) => ({ label: labels[c] ?? '', key, confidence: conf[c]! }));
}

function readGrid(grid: Grid): OrderList | undefined {
  if (grid.rows.length === 0 && grid.labels.length === 0) return undefined;
  // Only the sampled rows are laid out: a row's place depends on the rows above it alone.
  const sample = layoutGrid(grid.cells.length > MAX_ROWS_SAMPLED ? grid.cells.slice(0, MAX_ROWS_SAMPLED) : grid.cells);
  const width = Math.max(grid.labels.length, 0, ...sample.map((r) => r.length));
  const columnTexts: string[][] = [];
  for (let c = 0; c < width; c++) {
    const seen = new Set<Element>();
    const texts: string[] = [];
    for (const line of sample) {
      const cell = line[c];
      if (cell === undefined || seen.has(cell)) continue;
      seen.add(cell);
      texts.push(piecesOf(cell).join(' ').slice(0, 300));
    }
    columnTexts.push(texts);
  }
  const labels = grid.labels.length > 0 ? grid.labels.map(cleanLabel) : columnTexts.map(() => '');
  const columns = guessColumns(labels, columnTexts);
  const idCol = columns.findIndex((c) => c.key === 'orderId');
  if (idCol < 0) return undefined;
  const cols = new Map<CellKey, number>();
  columns.forEach((g, c) => {
    if (g.key !== undefined) cols.set(g.key, c);
  });
  // A label for every key read: the reader names the column in its reasons.
  const shown = labels.map((l, c) => (l === '' ? (columns[c]!.key ?? '') : l));
  const raws = groupRows(grid.rows, shown, cols, 1, true, (first, idCell) => idCell ?? first, {}, grid.cells, labelsOf(shown, cols));
  const orders = finishOrders(raws);
  const confidence = Math.min(1, (columns[idCol]!.confidence + (cols.has('placedAt') ? 0.9 : 0.3) + (cols.has('paid') ? 0.9 : 0.3)) / 3);
  return { kind: 'table', elements: grid.tables, columns, orders, confidence, others: 0 };
}

/** A lone currency sign or code: its amount is the next piece of text (`$`, `27.50`). */
const LONE_CURRENCY = /^(?:[¥￥$€£]|US\s?\$|AU\$|CA\$|[A-Z]{3}|元)$/;

/** A cell's pieces of text, with a lone currency sign joined to its amount. */
function piecesOf(cell: Element, withElements = cell.childElementCount > 0): string[] {
  // Most cells are text alone: one piece, without walking them.
  if (!withElements) {
    const text = collapse(cell.textContent ?? '');
    return text === '' ? [] : [text];
  }
  const out: string[] = [];
  for (const text of plainTexts(cell) ?? textsOfChunks(chunksOf(cell))) addPiece(out, text);
  return out;
}

/** Adds a text to a cell's pieces, joined to the last one when one of them is a lone currency sign, or it is the last one's cents. */
function addPiece(out: string[], text: string): void {
  const last = out[out.length - 1];
  if (last !== undefined && ((LONE_CURRENCY.test(last) && (LONE_SIGN.test(last) || AMOUNT_SHAPE.test(text))) || (LONE_CURRENCY.test(text) && /\d$/.test(last)) || isCentsOf(last, text) || (endsWithSign(last) && AMOUNT_SHAPE.test(text)))) out[out.length - 1] = `${last}${text}`;
  else out.push(text);
}

/**
 * A number an amount can be after a currency code: at most seven digits before its cents, or grouped.
 * A tag of three capitals over an order's number ("COD" over "261285859420070058") is no currency.
 */
const AMOUNT_SHAPE = /^\d{1,7}(?:[.,]\d{1,2})?$|^\d{1,3}(?:[,.\s\u00a0\u202f']\d{3})+(?:[.,]\d{1,2})?$/;

/** A text ending in a currency sign after a space, a capital or nothing ("¥", "合计 ¥", "R$"): its units follow in a text of their own. */
function endsWithSign(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  if (c !== 0xa5 && c !== 0xffe5 && c !== 0x24 && c !== 0x20ac && c !== 0xa3) return false;
  return t.length === 1 || /[\sA-Z]/.test(t[t.length - 2]!);
}

/**
 * The cents of an amount drawn in their own smaller element ("¥" "618" ".68", as shops print prices):
 * a point or comma and two digits alone, after a text ending in a digit.
 */
const isCentsOf = (last: string, text: string): boolean =>
  text.length === 3 && (text.charCodeAt(0) === 46 /* . */ || text.charCodeAt(0) === 44 /* , */) && /^[.,]\d\d$/.test(text) && /\d$/.test(last);

/**
 * A cell's status (valueIn's pick: its first piece that is a status) read only as far as that
 * piece: a Taobao 交易状态 cell is its status, then a 详情 link nobody needs to walk. Its state
 * lives in the module (a closure per cell cost more than the walk it saves).
 */
const statusWalk = { pieces: [] as string[], checked: 0, texts: 0, found: undefined as string | undefined, icon: undefined as string | undefined };

/**
 * An element that draws an icon beside its text (`<span><span>Complete</span><svg/></span>`,
 * Polaris's badge icon): that text is the icon's hidden name, a status of its own only when the
 * cell shows no other (a "Complete" progress icon beside the visible "Fulfilled").
 */
function drawsIcon(el: Element): boolean {
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) if (c.localName === 'svg' || c.localName === 'img') return true;
  return false;
}

/** The cell's status, or the pieces joined when none is; null past 300 texts (read as piecesOf reads them). */
function statusIn(cell: Element, all: string): string | undefined | null {
  statusWalk.pieces.length = 0;
  statusWalk.checked = 0;
  statusWalk.texts = 0;
  statusWalk.found = undefined;
  statusWalk.icon = undefined;
  // A cell of a block without never-text that draws no icon: its texts are its pieces' texts, walked by the browser.
  // Two queries of one tag each: Chromium answers them by tag, a list of two by matching each element (500 cells: 0.13 against 0.19 ms).
  const whole = freeWalk !== undefined && cell.querySelector('svg') === null && cell.querySelector('img') === null ? statusWalked(freeWalk, cell) : statusUnder(cell);
  if (statusWalk.found !== undefined) return withOpenRequest(all, statusWalk.found);
  if (!whole) return null;
  if (statusFound(true)) return statusWalk.found;
  if (statusWalk.icon !== undefined) return statusWalk.icon;
  return statusWalk.pieces.length === 0 ? undefined : statusWalk.pieces.join(' ');
}

/**
 * The status found, with the request still open that the cell shows after it (待发货 then a 退款中 tag): the
 * status parser lets that request outrank the state, as a console's own after-sales column does.
 */
function withOpenRequest(all: string, found: string): string {
  if (all.length <= found.length + 1) return found;
  const open = OPEN_REQUEST_RE.exec(all.slice(all.indexOf(found) + found.length))?.[0];
  return open === undefined || found.includes(open) ? found : `${found} ${open}`;
}

/** An icon's texts: the first status among them is kept aside (statusIn), never a piece of the cell. */
function iconUnder(node: Node): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = collapse(child.nodeValue ?? '');
      if (text !== '' && statusWalk.icon === undefined && isStatusText(text)) statusWalk.icon = text;
    } else if (child.nodeType === 1 && !NEVER_TEXT.has((child as Element).localName)) iconUnder(child);
  }
}

/** statusUnder by the browser's text walker (freeWalk), for a cell holding no never-text and no icon. */
function statusWalked(walker: TreeWalker, cell: Element): boolean {
  walker.currentNode = cell;
  for (let node = walker.nextNode(); node !== null && cell.contains(node); node = walker.nextNode()) {
    const text = collapse(node.nodeValue ?? '');
    if (text === '') continue;
    if (++statusWalk.texts > 300) return false;
    addPiece(statusWalk.pieces, text);
    if (statusFound(false)) return false;
  }
  return true;
}

/** Walks the texts under `node` into statusWalk's pieces; false once a status is found or past 300 texts. */
function statusUnder(node: Node): boolean {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3 /* text */) {
      const text = collapse(child.nodeValue ?? '');
      if (text === '') continue;
      if (++statusWalk.texts > 300) return false;
      addPiece(statusWalk.pieces, text);
      if (statusFound(false)) return false;
    } else if (type === 1 /* element */ && !NEVER_TEXT.has((child as Element).localName)) {
      if (drawsIcon(child as Element)) iconUnder(child);
      else if (!statusUnder(child)) return false;
    }
  }
  return true;
}

/**
 * Whether a finished piece not looked at yet is a status: every piece but the last, and the last
 * too at the end or when no later text can join it (it is no currency sign and ends in no digit).
 */
function statusFound(end: boolean): boolean {
  const { pieces } = statusWalk;
  const last = pieces[pieces.length - 1];
  const finished = last === undefined ? 0 : end || (!LONE_CURRENCY.test(last) && !/\d$/.test(last)) ? pieces.length : pieces.length - 1;
  for (; statusWalk.checked < finished; statusWalk.checked++) {
    const piece = pieces[statusWalk.checked]!;
    if (isStatusText(piece)) {
      statusWalk.found = piece;
      return true;
    }
  }
  return false;
}

/** A date's own label in its piece ("创建时间 2026-11-20 09:41", "Placed on Nov 20"): not part of the date. */
const DATE_LABEL = /^[^\d]{0,12}?(?:时间|日期|date|placed(?:\s+on)?|created(?:\s+on)?|ordered(?:\s+on)?|sold(?:\s+on)?)\s*[:：]?\s*(?=\d|[A-Z][a-z]{2})/i;
const withoutLabel = (date: string): string => date.replace(DATE_LABEL, '');

/** An amount's own detail beside it: the shipping or tax it includes. */
const PART_OF_TOTAL = /^[(（]|含|运费|快递费|shipping|incl\.?|tax/i;
/** A total the page does not show: a currency sign over dashes. */
const PLACEHOLDER = /^(?:[¥￥$€£]|[A-Z]{3})\s*[-—–]{1,3}$/;

/**
 * A time on its own line under its date: with am/pm (or Arabic ص/م) and a short zone or word after
 * it ("14:03 hs" on Mercado Livre, "14:03 WIB" on Tokopedia), in any digits (test/corpus/render/heldout5.mjs).
 */
const CLOCK_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|ص|م))?(?:\s*[a-z]{1,5}\.?)?$/i;

/**
 * The value a cell shows for a meaning, among its pieces of text: an order cell may hold a
 * relative and an absolute date, an amount and the shipping in it, a status and its links.
 */
export function valueIn(key: CellKey, cell: Element): string | undefined {
  return pickedIn(key, cell, cell.childElementCount > 0);
}

/** valueIn, told whether the cell holds elements (finishOrder asks once per cell). */
function pickedIn(key: CellKey, cell: Element, withElements: boolean): string | undefined {
  const status = key === 'status' || key === 'afterSales' || key === 'paymentStatus';
  if (status && withElements) {
    const all = cell.textContent ?? '';
    if (collapse(all) === '') {
      // A status drawn as an icon whose only name is its aria-label (TikTok Shop UK's status dots),
      // looked for only in a cell without text (heldout6.mjs cites it); an empty after-sales cell is walked no further.
      const named = cell.querySelector('[role="img"][aria-label]')?.getAttribute('aria-label');
      return named != null && isStatusText(named) ? named : undefined;
    }
    const early = statusIn(cell, all);
    if (early !== null) return early;
  }
  if (withElements && DATE_KEYS.has(key)) {
    // A relative time ("3 hours ago") drawn over its exact time: <time datetime="2026-12-07T14:03:00Z">.
    const exact = cell.querySelector('time[datetime]')?.getAttribute('datetime');
    if (exact != null && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(exact)) return exact;
  }
  const pieces = piecesOf(cell, withElements);
  if (pieces.length === 0) return undefined;
  if (DATE_KEYS.has(key)) {
    const dates = pieces.map((p, i) => ({ p, i })).filter(({ p }) => looksLikeDate(p));
    // A full date (with its year) over "5 days ago" beside it.
    const best = dates.find(({ p }) => /\d{4}/.test(p)) ?? dates[0];
    if (best === undefined) return pieces.join(' ');
    const next = pieces[best.i + 1];
    const date = withoutLabel(best.p);
    return next !== undefined && CLOCK_ONLY.test(westernDigits(next)) && !/\d:\d{2}/.test(westernDigits(date)) ? `${date} ${next}` : date;
  }
  if (MONEY_KEYS.has(key)) {
    // The amount, not a part of it in brackets ("(含快递:￥10.00)"); a total shown as "￥--" stays
    // what it is, so the row is skipped with that reason rather than read as the shipping.
    let weak: string | undefined;
    for (const p of pieces) {
      if (PART_OF_TOTAL.test(p)) continue;
      const strength = moneyStrength(p);
      if (strength === 2 || PLACEHOLDER.test(p)) return p;
      if (strength === 1) weak ??= p;
    }
    return weak ?? pieces.join(' ');
  }
  if (status) return pieces.find(isStatusText) ?? pieces.join(' ');
  return undefined;
}

/** Keys whose value is picked among a cell's pieces (valueIn); the others are read whole. */
const PICKED_KEYS: readonly CellKey[] = ['placedAt', 'paidAt', 'shipBy', 'paid', 'subtotal', 'shipping', 'discount', 'status', 'afterSales', 'paymentStatus'];

/** The first order number among a cell's pieces of text. */
function idIn(cell: Element, vouched = false): string | undefined {
  for (const piece of piecesOf(cell)) {
    const token = idTokenOf(piece, vouched) ?? (isLetterReference(piece) ? piece : undefined);
    if (token !== undefined) return token;
  }
  return undefined;
}

const namedByHeader = new WeakMap<RawOrder['labels'], boolean>();
/** Whether the list's order-number column is headed by a word the dictionary knows for it (its numbers vouched for). */
function headerNamesId(labels: RawOrder['labels']): boolean {
  let named = namedByHeader.get(labels);
  if (named === undefined) {
    const label = labels.get('orderId');
    named = label !== undefined && headerKey(label) === 'orderId';
    namedByHeader.set(labels, named);
  }
  return named;
}

/** What a list shows under no header of its own, found among the pieces of an order's cells. */
const ORPHAN_KEYS: readonly (readonly [CellKey, (piece: string) => boolean])[] = [
  ['placedAt', (p) => looksLikeDate(p) && /\d/.test(p)],
  ['paid', (p) => moneyStrength(p) === 2],
  ['status', isStatusText],
];

/**
 * The order time, total or status a list shows without a column of its own: under the order
 * number (`374712849939` over `2026/11/20 09:31`) or in another cell. The id cell is looked in
 * first; the value is taken from the first cell that shows one.
 */
function unlabelled(raw: RawOrder, given: Partial<Record<CellKey, string>>, idCell: Element | undefined): RawOrder['labels'] {
  let missing: (typeof ORPHAN_KEYS)[number][] | undefined;
  for (const entry of ORPHAN_KEYS) {
    const key = entry[0];
    if (given[key] === undefined && raw.orderCells[key] === undefined && !raw.labels.has(key)) (missing ??= []).push(entry);
  }
  if (missing === undefined) return raw.labels;
  const row = raw.element;
  const cells = row.tagName === 'TR' ? cellsOf(row) : row.getAttribute('role') === 'row' ? ariaCells(row) : [];
  const ordered = idCell ? [idCell, ...cells.filter((c) => c !== idCell)] : cells;
  const labels = new Map(raw.labels);
  for (const [key, fits] of missing) {
    for (const cell of ordered) {
      const piece = piecesOf(cell).find(fits);
      if (piece !== undefined) {
        given[key] = key === 'placedAt' ? withoutLabel(piece) : piece;
        labels.set(key, raw.labels.get('orderId') ?? key);
        break;
      }
    }
  }
  return labels;
}

const withoutHash = (id: string): string => (id.charCodeAt(0) === 35 /* # */ ? id.slice(1) : id);
/** Whether `token` numbers a part of order `parent` (`2217-F1` of `#2217`). */
function isPartOf(token: string, parent: string): boolean {
  const bare = withoutHash(token);
  const of = withoutHash(parent);
  return bare.length > of.length && bare.charCodeAt(of.length) === 45 /* - */ && bare.startsWith(of);
}

/** Orders with their number and values read from their cells; total and empty-state rows left out. */
function finishOrders(raws: readonly RawOrder[]): RawOrder[] {
  const out: RawOrder[] = [];
  for (const raw of raws) {
    const done = finishOrder(raw, out[out.length - 1]?.given.orderId, out.length + 1, false);
    if (done !== undefined) out.push(done);
  }
  return out;
}

/**
 * One order of finishOrders, at `position`, after the order numbered `parent`. `own`: its
 * values are its own (a block's or a card's, made for it), so they are completed in place
 * rather than copied; a table's rows share one empty object.
 */
function finishOrder(raw: RawOrder, parent: string | undefined, position: number, own: boolean): RawOrder | undefined {
  const idCell = raw.orderCells.orderId;
  // A number behind its label (a block, a card) is a token already.
  // A number of a tracking number's shape is the order's under a header that names the order number.
  const token = raw.given.orderId ?? (idCell ? (idIn(idCell) ?? (headerNamesId(raw.labels) ? idIn(idCell, true) : undefined)) : undefined);
  if (token === undefined) {
    const rowText = textOf(raw.element).slice(0, 200);
    // A summary line over fixed columns: its label sits in the order-number cell, not at the start of the row read.
    if (rowText === '' || SUMMARY_ROW.test(rowText) || (idCell !== undefined && SUMMARY_ROW.test(textOf(idCell)))) return undefined;
  }
  // `2217-F1` under `#2217`: a fulfilment, parcel or sub-order of the order above, not an order.
  if (token !== undefined && parent !== undefined && isPartOf(token, parent)) return undefined;
  const given: Partial<Record<CellKey, string>> = own ? (raw.given as Partial<Record<CellKey, string>>) : { ...raw.given };
  if (token !== undefined) given.orderId = token;
  for (const key of PICKED_KEYS) {
    const cell = raw.orderCells[key];
    // A cell of text alone is read whole (lib/extract/row.ts); only a cell of several pieces needs picking.
    if (cell !== undefined && given[key] === undefined && cell.childElementCount > 0) {
      const value = pickedIn(key, cell, true);
      if (value !== undefined && value !== '') given[key] = value;
    }
  }
  const labels = unlabelled(raw, given, idCell);
  // Named one by one, not spread: made for every order of the list.
  return { position, element: raw.element, anchor: raw.anchor, labels, orderCells: raw.orderCells, itemCells: raw.itemCells, given };
}

// ---------------------------------------------------------------------------------------------
// Order blocks and cards: one element per order, its number behind a label

/** Labels of the other fields a block's header line or a card shows. */
const FIELD_LABELS: readonly (readonly [CellKey, RegExp])[] = [
  ['placedAt', withTraditional(/(?:订单)?(?:创建|下单|成交|提交)(?:时间|日期)|订单(?:时间|日期)|order(?:ed)?\s*(?:date|time|placed)|placed(?:\s*(?:at|on))?|date\s*(?:sold|ordered|placed)|ordered(?:\s*on)?|sold(?:\s*on)?|created(?:\s*(?:at|on))?|purchased?\s*(?:date|on)|submitted(?:\s*on)?|bestelldatum|^date|^datum/i)],
  ['paidAt', withTraditional(/(?:订单)?(?:付款|支付)(?:时间|日期)|paid\s*(?:at|on)|payment\s*date/i)],
  ['paid', withTraditional(/(?:买家)?实付(?:款|金额)?|实收(?:款|金额)?|应[付收](?:金额)?|订单(?:金额|总额)|成交金额|支付金额|付款金额|order\s*total|grand\s*total|total\s*paid|^total|amount\s*paid|^amount|gesamtbetrag|^betrag/i)],
  ['status', withTraditional(/(?:订单|交易|处理)状态|^status|order\s*status|^state|fulfil+ment(?:\s*status)?/i)],
  // 买家 before what the buyer paid or did (买家实付, 买家已付款) is not the buyer's name.
  ['buyer', withTraditional(/买家(?![实已付留])|收货人|buyer|customer|ship\s*to|kunde/i)],
  ['trackingNo', withTraditional(/运单号|物流单号|快递单号|tracking/i)],
  ['shipBy', withTraditional(/(?:最晚|承诺)发货(?:截止)?(?:时间|日期)?|ship\s*by|dispatch\s*by/i)],
];

/** A text that starts with any of FIELD_LABELS (what atStart matches starts so). */
const ANY_FIELD_LABEL = new RegExp(`^(?:${FIELD_LABELS.map(([, re]) => `(?:${re.source.replace(/\^/g, '')})`).join('|')})`, 'i');

interface Chunk {
  readonly text: string;
  readonly el: Element;
}

const textsOfChunks = (chunks: readonly Chunk[]): string[] => chunks.map((c) => c.text);

/**
 * Whether the page being read holds a <mark> (orderLists): a search's highlight cuts the number it
 * matched into texts of their own ("2612" "8585" "9420070058", as react-highlight-words and antd's
 * Typography mark draw it), and chunksOf joins them again. Pages without one are read as before.
 */
let glueMarks = false;
const hasMark = (root: ParentNode): boolean =>
  // A query stops at the first match, and with none it costs half a tag list's count (0.12 against 0.28 ms over 500 Taobao blocks).
  typeof (root as Element).querySelector === 'function' && (root as Element).querySelector('mark') !== null;

/** Elements drawn inside a line of text: a highlight's texts join their neighbours only across them. */
export const INLINE: ReadonlySet<string> = new Set(['span', 'mark', 'a', 'b', 'strong', 'em', 'i', 'u', 'small', 'font', 'code', 'sup', 'sub']);

/**
 * Where a walk's last text ended, for the highlight's rule (glues): whether it met the next text
 * with no space, and whether it was in a <mark>.
 */
export interface GlueState {
  tight: boolean;
  marked: boolean;
}

/**
 * Whether the text `raw` (in a <mark> or not) is the end of the last piece: the two meet with no
 * space and one of them is in a <mark> ("2612" <mark>"8585"</mark> "9420070058" is one number).
 * Notes where `raw` ends. A walk passing a blank text or a block's edge sets `tight` false itself.
 */
export function glues(state: GlueState, raw: string, marked: boolean, hasLast: boolean): boolean {
  const glue = state.tight && (marked || state.marked) && hasLast && !/^\s/.test(raw);
  state.tight = !/\s$/.test(raw);
  state.marked = marked;
  return glue;
}

/** A currency sign alone (a code such as SKU or AWB may stand before a number that is no amount). */
const LONE_SIGN = /^[¥￥$€£]$/;

/** The text pieces of an element in reading order, each with the element holding it. */
function chunksOf(el: Element, skip?: ReadonlySet<Element>): Chunk[] {
  const chunks: Chunk[] = [];
  const glue: GlueState = { tight: false, marked: false };
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const raw = child.nodeValue ?? '';
        const text = collapse(raw);
        if (text === '') {
          if (raw !== '') glue.tight = false;
          continue;
        }
        const last = chunks[chunks.length - 1];
        if (glueMarks && glues(glue, raw, node.localName === 'mark', last !== undefined)) {
          chunks[chunks.length - 1] = { text: last!.text + text, el: last!.el };
          continue;
        }
        // "¥" "618" ".68": a price drawn in three elements is one amount (addPiece joins a cell's pieces so).
        if (last !== undefined && ((endsWithSign(last.text) && /^\d/.test(text)) || isCentsOf(last.text, text))) {
          chunks[chunks.length - 1] = { text: last.text + text, el: last.el };
          continue;
        }
        // "2026-12-07 06:46:33 · 陈** 199****6324": a phone screen's card puts two values on one line between spaced middle dots (微店, test/corpus/render/heldout7.mjs).
        if (!text.includes(' · ')) chunks.push({ text, el: node });
        else for (const part of text.split(' · ')) if (part !== '') chunks.push({ text: part, el: node });
      } else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.localName;
        if (tag === 'script' || tag === 'style' || tag === 'del' || tag === 's' || tag === 'template' || skip?.has(e)) continue;
        // Texts in two blocks (a status over the number) never meet: only inline elements join.
        const block = glueMarks && !INLINE.has(tag);
        if (block) glue.tight = false;
        walk(e);
        if (block) glue.tight = false;
      }
      if (chunks.length > 400) return;
    }
  };
  walk(el);
  return chunks;
}

const anchored = new WeakMap<RegExp, RegExp>();
/** The label at the start of a text, with its colon: `Order total $24.00`, `创建时间：2026-…`. */
function atStart(label: RegExp): RegExp {
  let re = anchored.get(label);
  if (re === undefined) {
    // A unit in brackets after the label (实收金额(元), Total (EUR)) is the label's: the order
    // builder reads the currency from it, as from a column header.
    re = new RegExp(`^(?:${label.source.replace(/\^/g, '')})(?:\\s*[(（][^()（）\\d]{1,8}[)）])?\\s*[:：]?\\s*`, 'i');
    anchored.set(label, re);
  }
  return re;
}

/** FIELD_LABELS at the start of a text (atStart). */
const FIELD_STARTS = FIELD_LABELS.map(([key, label]) => [key, atStart(label)] as const);

/**
 * "Label: value" pairs among chunks: the value follows the label (`start`, atStart) in its chunk, or
 * is the next chunk, or (`els`, the chunks' elements, given) the chunk before it when the two alone
 * make up one element (valueBefore).
 */
function labelled(chunks: readonly string[], start: RegExp, may?: readonly boolean[], els?: readonly Element[]): LabelledValue | undefined {
  for (let i = 0; i < chunks.length; i++) {
    const text = chunks[i]!;
    if (text.length > 120 || may?.[i] === false) continue;
    const m = start.exec(text);
    if (m === null) continue;
    const name = m[0].replace(/[\s:：]+$/, '');
    const rest = text.slice(m[0].length).trim();
    if (rest !== '') return { value: endsWithSign(rest) ? rest + priceFrom(chunks, i + 1, true) : rest, label: name, at: i, cut: m[0].length };
    const before = els === undefined ? -1 : valueBefore(chunks, els, i);
    if (before >= 0) return { value: chunks[before]!, label: name, at: before, cut: 0 };
    let j = i + 1;
    while (j < chunks.length && /^[:：#\s]*$/.test(chunks[j]!)) j++;
    // A column header after a column header (实付 | 订单状态 over a card's item table, 抖店) is no label's value.
    if (j < chunks.length && j - i <= 2 && !els?.[j]?.closest('th, [role="columnheader"]')) return { value: priceFrom(chunks, j), label: name, at: j, cut: 0 };
  }
  return undefined;
}

/** A value behind its label, and where it stands: the index of its text, and where in that text it starts. */
interface LabelledValue {
  readonly value: string;
  readonly label: string;
  readonly at: number;
  readonly cut: number;
}

/** The text at `j`, with the units and cents after it when it is a lone currency sign or a price's units ("$" "1,990" ".00"). */
function priceFrom(chunks: readonly string[], j: number, units = false): string {
  // `units`: the sign ended the text before, so the text at `j` counts only as the price's units.
  let value = units ? '' : chunks[j]!;
  if (units) {
    const first = chunks[j];
    if (first === undefined || !/^\d/.test(first)) return '';
    value = first;
  } else {
    const next = chunks[j + 1];
    if (next === undefined) return value;
    if (endsWithSign(value) && /^\d/.test(next)) {
      value += next;
      j++;
    }
  }
  const cents = chunks[j + 1];
  return cents !== undefined && isCentsOf(value, cents) ? value + cents : value;
}

/**
 * The chunk before label `i` when the label is written under its value: the two are all the texts
 * of one element (a card's "¥376.88" over "实付金额", a <dd> before its <dt>), while the next chunk
 * lies outside it; else -1. A label beside the texts of other fields in one element still takes the
 * chunk after it.
 */
function valueBefore(chunks: readonly string[], els: readonly Element[], i: number): number {
  const p = i - 1;
  if (p < 0 || /^[:：#\s]*$/.test(chunks[p]!) || ANY_FIELD_LABEL.test(chunks[p]!)) return -1;
  const label = els[i]!;
  const value = els[p]!;
  let pair: Element | null = label;
  while (pair !== null && !pair.contains(value)) pair = pair.parentElement;
  if (pair === null) return -1;
  const holds = (k: number): boolean => k >= 0 && k < chunks.length && pair.contains(els[k]!);
  return holds(p - 1) || holds(i + 1) ? -1 : p;
}

/**
 * idTokenOf, kept for one read (orderLists empties it): a block's number is looked at when the
 * block is found and again when it is read, and its dozen small expressions cost as much as its DOM.
 */
const tokens = new Map<string, string | undefined>();
function tokenOf(text: string): string | undefined {
  if (text.length > 64) return idTokenOf(text);
  if (tokens.has(text)) return tokens.get(text);
  const token = idTokenOf(text);
  if (tokens.size >= 5000) tokens.clear();
  tokens.set(text, token);
  return token;
}

const ORDER_LABEL = withTraditional(/(主?订单(?:编号|号码|编码|单号|号|ID|id)|(?:受注|注文)番号|주문\s?번호|(?<!customer\s)order\s*(?:#|no\.?|number|id|ref(?:erence)?\.?)|^order(?=\s+#?\d)|\bpo\s*#|bestellnummer|\b(?:venda|pedido|pesanan)\b\s*(?:#|n[º°o]\.?)?|订单|(?<![\u3400-\u9fff])单号|^ref(?:erence)?\.?(?=\s*[:：]))\s*[:：#]?\s*(.*)$/i);
// Venda (Mercado Livre), Pedido (Spanish and Portuguese admins), Pesanan (Indonesian): test/corpus/render/heldout5.mjs cites them.
const ORDER_WORD = /order|bestell|venda|pedido|pesanan|^ref|\bpo\s*#/i;
/**
 * Labels that name an order's number only in a card with nothing better: 单号 with no word before
 * it (运单号, 退款单号 are other numbers) and a bare "Reference:" at the start of its text. Like a
 * bare 订单： they need their colon and vouch for no number shaped like a parcel's or a phone.
 */
const WEAK_ORDER_LABEL = withTraditional(/^(?:订单|单号|ref(?:erence)?\.?)$/i);

/**
 * Whether a text may hold an order number's label: every label below holds 订单, 单号, 番号
 * (Japanese), 번호 (Korean), "order" or "bestell", so a text without them (a time, a name) is
 * passed over without the label's expression.
 */
const ORDER_MARKS = ['订单', '单号', '訂單', '單號', '番号', '번호'] as const;
const mayName = (text: string): boolean => {
  for (const mark of ORDER_MARKS) if (text.includes(mark)) return true;
  return ORDER_WORD.test(text);
};
const SUB_ORDER = withTraditional(/子订单|sub-?order/i);

/** An order number behind its label in a chunk list: the value and where it is. */
function orderNumberIn(chunks: readonly string[]): { token: string; at: number; labelAt: number } | undefined {
  for (let i = 0; i < chunks.length; i++) {
    const text = chunks[i]!;
    if (!mayName(text)) continue;
    const m = ORDER_LABEL.exec(text);
    const weak = m !== null && WEAK_ORDER_LABEL.test(m[1]!);
    if (m === null || (weak && !/[:：]/.test(text))) continue;
    if (SUB_ORDER.test(text.slice(0, m.index + m[1]!.length))) continue;
    let value = m[2]!;
    let at = i;
    if (value === '' || /^[:：#\s]*$/.test(value)) {
      let j = i + 1;
      while (j < chunks.length && /^[:：#\s]*$/.test(chunks[j]!)) j++;
      if (j >= chunks.length || j - i > 2) continue;
      value = chunks[j]!;
      at = j;
    }
    // An order number's own label (not a bare 订单：) vouches for a number shaped like a parcel's.
    const token = tokenOf(value) ?? (weak ? (/^ref/i.test(m[1]!) && isLetterReference(value) ? value : undefined) : idTokenOf(value, true));
    if (token !== undefined) return { token, at, labelAt: i };
  }
  // "#1042" on its own (a card's title): a hash and digits.
  for (let i = 0; i < chunks.length; i++) {
    if (/^#(\d{3,})$/.test(chunks[i]!)) return { token: chunks[i]!, at: i, labelAt: i };
  }
  return undefined;
}

/** The element holding a block's order-number label (blockGroups). */
const hitOf = new WeakMap<Element, Element>();

/** Text that may hold an order number's label: only such text is looked at closely. */
// 受注番号 / 注文番号 (Rakuten RMS, Japanese admins) and 주문번호 (Coupang Wing): test/corpus/render/heldout3.mjs cites them.
const MAY_LABEL = /订单|单号|訂單|單號|番号|번호|order|bestell|venda|pedido|pesanan|#\s*[A-Za-z0-9]|^\s*ref|\bpo\s*#/i;
const NOT_TEXT_PARENTS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'del', 's', 'noscript', 'textarea', 'option']);

/**
 * What every text MAY_LABEL accepts holds at least once: counted in a whole subtree's text at
 * once, it proves that subtree holds no label other than the ones already known.
 */
const LABEL_MARK = /订单|訂單|番号|번호|order|bestell|venda|pedido|pesanan|#/gi;

function marksIn(text: string): number {
  LABEL_MARK.lastIndex = 0;
  let n = 0;
  while (LABEL_MARK.exec(text) !== null) n++;
  return n;
}

/** childNodes positions from `from` down to `to`, or undefined when `to` is not under `from`. */
function pathTo(from: Node, to: Node): number[] | undefined {
  const path: number[] = [];
  for (let at: Node | null = to; at !== from; at = at.parentNode) {
    if (at === null) return undefined;
    let i = 0;
    for (let sib = at.previousSibling; sib !== null; sib = sib.previousSibling) i++;
    path.push(i);
  }
  return path.reverse();
}

function follow(from: Node, path: readonly number[]): Node | null {
  let at: Node | null = from;
  for (const i of path) {
    at = at.firstChild;
    for (let k = 0; k < i && at !== null; k++) at = at.nextSibling;
    if (at === null) return null;
  }
  return at;
}

function lastDescendant(node: Node): Node {
  let at = node;
  while (at.lastChild !== null) at = at.lastChild;
  return at;
}

/**
 * The elements holding an order number's label with the number after it ("订单号：3712…",
 * "订单号" "：" "3712…" in three spans), in page order: each text that may be such a label is
 * looked at with the two pieces of text after it.
 *
 * With `proven`, every text of the page is walked until two labels are found in sibling
 * subtrees (two order blocks). Their siblings after them are then taken as they most often are,
 * blocks of the same layout: a sibling whose whole text holds no label mark is passed over, one
 * whose only mark is in the text where the last block had its label is taken with that label
 * (put in `proven` as its block; the block's read finds whether a number follows it), any other
 * is walked. So the result is the walk's, but for a sibling whose one label holds no number,
 * which then reads no order; 500 blocks cost one textContent each instead of a walk over their
 * 9,000 texts. Without `proven` (a block read again alone) every text is walked.
 */
function orderNumberHits(top: Element, proven?: Map<Element, Element>): Element[] {
  const doc = top.ownerDocument;
  const hits: Element[] = [];
  const outer = search;
  search = { top, doc, hits, proven, ahead: doc.createTreeWalker(top, 4 /* NodeFilter.SHOW_TEXT */) };
  try {
    walkHits(top, proven !== undefined);
  } finally {
    search = outer;
  }
  return hits;
}

/**
 * The search orderNumberHits runs. Its steps are module functions reading it, not closures made
 * by each search: V8 keeps their optimised code from one read to the next, where a closure made
 * anew threw the loop over the blocks back to slower code at the start of each read.
 */
interface HitSearch {
  readonly top: Element;
  readonly doc: Document;
  readonly hits: Element[];
  readonly proven: Map<Element, Element> | undefined;
  /** Reads the pieces of text after a possible label. */
  readonly ahead: TreeWalker;
}
let search: HitSearch | undefined;

/** A text node's text as a piece, or '' when it shows none. */
function pieceOfText(node: Node, raw: string): string {
  const el = node.parentElement;
  return el === null || NOT_TEXT_PARENTS.has(el.localName) ? '' : collapse(raw);
}

/** Whether the text node is a label with an order number in it or in the two pieces after it. */
function visitText(node: Node): boolean {
  const raw = node.nodeValue ?? '';
  if (!MAY_LABEL.test(raw)) return false;
  const first = pieceOfText(node, raw);
  if (first === '') return false;
  const { ahead, hits } = search!;
  const chunks = [first];
  ahead.currentNode = node;
  // glueMarks: a number a search's <mark> cut apart is one piece (chunksOf joins it so when the block is read).
  const glue: GlueState = { tight: !/\s$/.test(raw), marked: node.parentElement?.localName === 'mark' };
  // No step past the third piece.
  for (let next = ahead.nextNode(); next !== null; next = chunks.length < 3 ? ahead.nextNode() : null) {
    const nextRaw = next.nodeValue ?? '';
    const text = pieceOfText(next, nextRaw);
    if (!glueMarks) {
      if (text !== '') chunks.push(text);
      continue;
    }
    if (text === '') {
      if (nextRaw !== '') glue.tight = false;
      continue;
    }
    if (glues(glue, nextRaw, next.parentElement?.localName === 'mark', true)) chunks[chunks.length - 1] += text;
    else chunks.push(text);
  }
  const found = orderNumberIn(chunks);
  if (found === undefined || found.labelAt !== 0) return false;
  hits.push(node.parentElement!);
  return true;
}

/** Walks the text of `root`; `siblings` passes over the later siblings of two blocks as above. */
function walkHits(root: Node, siblings: boolean): void {
  const walker = search!.doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let previous: Node | undefined;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!visitText(node)) continue;
    const last = previous;
    previous = node;
    if (!siblings || last === undefined) continue;
    const end = passSiblings(last, node);
    if (end !== undefined) {
      walker.currentNode = end;
      previous = undefined;
    }
  }
}

/**
 * The siblings after the block holding `label`, where `before` (an earlier label) sits in an
 * earlier sibling: each read as orderNumberHits says. Returns the last node read, or undefined
 * when the two labels are not in sibling subtrees.
 */
function passSiblings(before: Node, label: Node): Node | undefined {
  const { top, doc, hits, proven } = search!;
  const ancestors = new Set<Node>();
  for (let up = before.parentNode; up !== null; up = up.parentNode) ancestors.add(up);
  let block: Node = label;
  while (block.parentNode !== null && !ancestors.has(block.parentNode)) block = block.parentNode;
  const list = block.parentNode;
  if (list === null || block === label || !(list === top || top.contains(list))) return undefined;
  // The rest of the label's own block, walked.
  let path = pathTo(block, label)!;
  const rest = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  rest.currentNode = label;
  for (let node = rest.nextNode(); node !== null; node = rest.nextNode()) visitText(node);
  for (let sib = block.nextSibling; sib !== null; sib = sib.nextSibling) {
    if (sib.nodeType === 3 /* text */) {
      visitText(sib);
      continue;
    }
    if (sib.nodeType !== 1 /* element */) continue;
    const marks = marksIn(sib.textContent ?? '');
    if (marks === 0) continue;
    const at = follow(sib, path);
    const raw = at !== null && at.nodeType === 3 ? (at.nodeValue ?? '') : '';
    if (raw !== '' && marksIn(raw) === marks) {
      // Its one label, among its parent's several: the sibling is its block (blockGroups). Whether
      // a number follows the label is left to the block's read, which reads those texts anyway
      // (readBlock finds no order number in a block whose only label has none).
      const hit = at!.parentElement;
      if (hit !== null && MAY_LABEL.test(raw) && !NOT_TEXT_PARENTS.has(hit.localName)) {
        hits.push(hit);
        proven?.set(hit, sib as Element);
      }
      continue;
    }
    // Another layout (an extra line, a note with a label word): walked, and its label's place
    // learned when it holds exactly one.
    const count = hits.length;
    walkHits(sib, false);
    if (hits.length === count + 1) {
      const node = labelNodeIn(sib, hits[count]!);
      if (node !== undefined) path = pathTo(sib, node) ?? path;
    }
  }
  return lastDescendant(list);
}

/** The text of `el` that holds an order number's label (the one a walk under `block` found). */
function labelNodeIn(block: Node, el: Element): Node | undefined {
  for (let child = el.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 && MAY_LABEL.test(child.nodeValue ?? '')) return block.contains(child) ? child : undefined;
  }
  return undefined;
}

/** Elements that each hold one order number behind a label, grouped as sibling blocks. */
function blockGroups(root: ParentNode, learn: boolean): Element[][] {
  const top = 'body' in root && (root as Document).body ? (root as Document).body : (root as Element);
  if (!top || !(top as Element).tagName) return [];
  const proven = new Map<Element, Element>();
  const hits = new Set(orderNumberHits(top as Element, learn ? proven : undefined));
  if (hits.size === 0) return [];
  // How many order numbers each ancestor holds: a block holds one, its parent several. A block
  // the walk proved (the only number among its parent's several) adds to its parent and above.
  const counts = new Map<Element, number>();
  const add = (from: Element | null, n: number): void => {
    for (let up = from; up; up = up.parentElement) counts.set(up, (counts.get(up) ?? 0) + n);
  };
  const byParent = new Map<Element, number>();
  for (const hit of hits) {
    const block = proven.get(hit);
    if (block === undefined) add(hit, 1);
    else byParent.set(block.parentElement!, (byParent.get(block.parentElement!) ?? 0) + 1);
  }
  for (const [parent, n] of byParent) add(parent, n);
  const groups = new Map<Element, Element[]>();
  const placed = new Set<Element>();
  for (const hit of hits) {
    // A row of one cell across a table, holding an order's number: a section header over its item rows.
    const section = hit.closest('tr, [role="row"]');
    // A table (or row group) of one order, its number in a row across it, is that order's block, not a section of a list.
    if (section && (counts.get(section.parentElement!) ?? 0) > 1 && isSpanningRow(section.tagName === 'TR' ? cellsOf(section) : ariaCells(section), hit)) {
      const list = groups.get(section.parentElement!) ?? [];
      if (!placed.has(section)) {
        placed.add(section);
        list.push(section);
      }
      groups.set(section.parentElement!, list);
      continue;
    }
    let block = proven.get(hit) ?? hit;
    while (block.parentElement && counts.get(block.parentElement) === 1 && block.parentElement !== top) block = block.parentElement;
    hitOf.set(block, hit);
    const parent = block.parentElement;
    if (!parent) continue;
    const list = groups.get(parent) ?? [];
    if (!placed.has(block)) {
      placed.add(block);
      list.push(block);
    }
    groups.set(parent, list);
  }
  // A number inside a table's row is the table's to read, not a block of its own; one number
  // in a whole page region (a form, a notice) is no order block.
  return [...groups.values()].filter((g) => g.length >= 2 || g[0]!.getElementsByTagName('*').length <= 300).filter(
    (g) => g.every((b) => isSection(b)) || g.every((b) => !NOT_BLOCK_TAGS.has(b.localName) && !NOT_BLOCK_ROLES.has(b.getAttribute('role') ?? '')),
  );
}

/** Elements that are never an order block (a form's parts, a table's cells and rows), by tag or role. */
const NOT_BLOCK_TAGS: ReadonlySet<string> = new Set(['form', 'label', 'input', 'select', 'option', 'th', 'thead', 'tr', 'td']);
const NOT_BLOCK_ROLES: ReadonlySet<string> = new Set(['row', 'cell', 'gridcell']);

/** A section header row: one cell across the table. */
function isSection(el: Element): boolean {
  if (el.tagName !== 'TR' && el.getAttribute('role') !== 'row') return false;
  return isSpanningRow(el.tagName === 'TR' ? cellsOf(el) : ariaCells(el));
}

/** The page's column header line above blocks (header cells the dictionary knows), and its row. */
function columnHeaderBefore(block: Element, root: ParentNode): { labels: string[]; row: Element } | undefined {
  // The nearest header line before the first block: in its earlier siblings, then its parent's, up the page.
  const headerOf = (row: Element): { labels: string[]; row: Element } | undefined => {
    const cells = row.tagName === 'TR' ? cellsOf(row) : ariaCells(row);
    if (cells.length < 2 || !cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')) return undefined;
    const labels = headerLabels([row]);
    return labels.filter((l) => lookup(l) !== undefined).length >= 2 ? { labels, row } : undefined;
  };
  // A section row's header is its own table's.
  const table = isSection(block) ? block.closest('table, [role="grid"], [role="table"], [role="treegrid"]') : null;
  if (table) {
    for (const row of safeQueryAll(table, 'thead tr, tr, [role="row"]')) {
      if (row === block) break;
      const labels = headerOf(row);
      if (labels) return labels;
    }
  }
  for (let up: Element | null = block; up !== null && up !== root; up = up.parentElement) {
    for (let sib = up.previousElementSibling; sib !== null; sib = sib.previousElementSibling) {
      const rows = sib.matches('tr, [role="row"]') ? [sib] : safeQueryAll(sib, 'tr, [role="row"]');
      for (let i = rows.length - 1; i >= 0; i--) {
        const labels = headerOf(rows[i]!);
        if (labels) return labels;
      }
    }
  }
  return undefined;
}

function blockLists(root: ParentNode, groups: readonly Element[][], learn: boolean): OrderList[] {
  const lists: OrderList[] = [];
  let walker: TreeWalker | undefined;
  for (const blocks of groups) {
    const headerLine = columnHeaderBefore(blocks[0]!, root);
    const header = headerLine?.labels;
    const orders: RawOrder[] = [];
    const columnKeys = header ? guessColumns(header, header.map(() => [])) : [];
    const memo = newMemo();
    if (!learn) memo.tries = LEARN_TRIES;
    const readOne = (block: Element, position: number): RawOrder | undefined =>
      header ? readBlock(block, header, columnKeys, position, memo) : readCard(block, position);
    // The list's columns: the fields its blocks name, as read (before an order is finished).
    const labels = new Map<CellKey, string>();
    let read = 0;
    // Blocks naming the same fields share one label map: each map is looked at once.
    let seen: RawOrder['labels'] | undefined;
    // A block's cells are under it, where a section header's item rows are its siblings.
    const under = readText !== undefined && header !== undefined && !blocks.some(isSection);
    if (under) walker ??= blocks[0]!.ownerDocument.createTreeWalker(blocks[0]!.ownerDocument, 4 /* NodeFilter.SHOW_TEXT */);
    // Each block read and finished in one pass, its values completed in place. Called directly,
    // not through readOne: a closure made by each read is a new call target to V8.
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      // A block without never-text has its header line and picked cells read by the browser's walker (freeWalk).
      freeWalk = under && !readText!.holdsNeverText(block) ? walker! : undefined;
      const raw = header ? readBlock(block, header, columnKeys, read + 1, memo) : readCard(block, read + 1);
      if (raw === undefined) continue;
      read++;
      if (raw.labels !== seen) {
        seen = raw.labels;
        for (const [k, v] of raw.labels) if (!labels.has(k)) labels.set(k, v);
      }
      const done = finishOrder(raw, orders[orders.length - 1]?.given.orderId, orders.length + 1, true);
      if (done !== undefined) {
        orders.push(done);
        handOver?.(done);
      }
    }
    freeWalk = undefined;
    if (read === 0) continue;
    const kind = header ? 'blocks' : 'cards';
    const columns: ColumnGuess[] = [...labels].map(([key, label]) => ({ label, key, confidence: 0.7 }));
    const confidence = (labels.has('placedAt') ? 0.45 : 0.2) + (labels.has('paid') ? 0.45 : 0.2);
    const container = blocks[0]!.parentElement!;
    // Blocks side by side in one container are read again one by one when the page changes one
    // (a status, a new order), as a console's layout is: not the whole page on every change.
    const units: UnitLayout | undefined = blocks.every((b) => b.parentElement === container && !isSection(b))
      ? {
          containers: [container],
          boundaries: headerLine ? [headerLine.row.closest('table, [role="grid"], [role="table"]') ?? headerLine.row] : [],
          watch: `table, ${ARIA_TABLE}`,
          read: (el) => {
            const hits = new Set(orderNumberHits(el));
            // Several numbers: a wrapper of blocks, which only a whole read tells apart.
            if (hits.size > 1) return 'layout';
            const [hit] = hits;
            if (hit === undefined) return undefined;
            hitOf.set(el, hit);
            const raw = readOne(el, 0);
            return raw && finishOrder(raw, undefined, 1, true);
          },
        }
      : undefined;
    lists.push({ kind, elements: [container], columns, orders, confidence, others: 0, ...(units && { units }) });
  }
  return lists;
}

/** The values behind labels in chunks: the order number, then every field the chunks name. */
function labelledFields(
  chunks: readonly string[],
  found: { token: string },
  els?: readonly Element[],
  where?: Map<CellKey, LabelledValue>,
): { given: Partial<Record<CellKey, string>>; labels: Map<CellKey, string> } {
  const given: Partial<Record<CellKey, string>> = { orderId: found.token };
  // Set, not built from an array of entries: made for every block.
  const labels = new Map<CellKey, string>();
  labels.set('orderId', '订单号');
  // Most texts start with no field's label: one expression says so for all seven.
  const may: boolean[] = [];
  let any = false;
  for (const c of chunks) {
    const starts = ANY_FIELD_LABEL.test(c);
    may.push(starts);
    if (starts) any = true;
  }
  if (!any) return { given, labels };
  for (const [key, start] of FIELD_STARTS) {
    const hit = labelled(chunks, start, may, els);
    if (hit === undefined) continue;
    // A date's label word followed by no date is some other text (Walmart's line status "Created"
    // over the item's name): the block's unlabelled date stands.
    if (DATE_KEYS.has(key) && !looksLikeDate(hit.value)) continue;
    given[key] = hit.value;
    labels.set(key, hit.label);
    where?.set(key, hit);
  }
  return { given, labels };
}

/** A section header's item rows: the rows after it, up to the next section. */
function sectionRows(section: Element): Element[] {
  const rows: Element[] = [];
  for (let r = section.nextElementSibling; r && !isSection(r); r = r.nextElementSibling) {
    if (!isHiddenRow(r) && !hiddenByStyle(r)) rows.push(r);
  }
  return rows;
}

const DATE_TEXT = '(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)';
/** A time followed by what happened then, as some consoles write it: "2026-08-06 01:22:42 下单". */
const DATE_THEN_WORD: readonly (readonly [CellKey, RegExp, RegExp])[] = [
  ['placedAt', new RegExp(`${DATE_TEXT}\\s*(?:下单|创建|成交|提交)`), /下单|创建|成交|提交/],
  ['paidAt', new RegExp(`${DATE_TEXT}\\s*(?:付款|支付)`), /付款|支付/],
];

function someMatch(texts: readonly string[], re: RegExp): boolean {
  for (const t of texts) if (re.test(t)) return true;
  return false;
}

/** Order and payment times a block's header line writes before their word, or a lone time in it. */
function datesBeforeWords(chunks: readonly string[], given: Partial<Record<CellKey, string>>, labels: Map<CellKey, string>): void {
  let text: string | undefined;
  for (const [key, re, word] of DATE_THEN_WORD) {
    // The time's own word first, in a piece (a word of two characters is never cut in two by
    // the joining space): the time's expression costs ten times as much.
    if (given[key] !== undefined || !someMatch(chunks, word)) continue;
    text ??= chunks.join(' ');
    const m = re.exec(text);
    if (m) {
      given[key] = m[1]!;
      labels.set(key, key === 'placedAt' ? '下单' : '付款');
    }
  }
  if (given.placedAt === undefined) {
    const date = chunks.find((c) => looksLikeDate(c) && /\d{1,2}:\d{2}/.test(c));
    if (date !== undefined) {
      given.placedAt = withoutLabel(date);
      labels.set('placedAt', 'date');
    }
  }
}

/**
 * What the blocks of one list share while they are read: the layout learned from its first
 * blocks (lib/extract/learn.ts), and the columns and labels of blocks whose header lines name the
 * same fields, kept once (the order builder works out a list's labels once, not per order).
 */
interface BlockMemo {
  layout: LearnedBlock | undefined;
  /** Blocks read by their structure so far while no layout was learned: only the first few are learned from. */
  tries: number;
  readonly shared: Map<string, SharedFields>;
  /** The last block's fields and labels, in order, and what they share: most blocks name the same as the one before. */
  last: { readonly named: readonly (readonly [CellKey, string])[]; readonly shared: SharedFields } | undefined;
  /** How the list's header lines are read, learned from a block read in full (headerPlan), once its layout is known. */
  plan: HeaderPlan | undefined;
  planTries: number;
}

interface SharedFields {
  readonly cols: Map<CellKey, number>;
  readonly labels: Map<CellKey, string>;
}

const newMemo = (): BlockMemo => ({ layout: undefined, tries: 0, shared: new Map(), last: undefined, plan: undefined, planTries: 0 });

/** Whether `named` holds the same fields and labels, in the same order, as `last`. */
function sameNamed(named: ReadonlyMap<CellKey, string>, last: readonly (readonly [CellKey, string])[]): boolean {
  if (named.size !== last.length) return false;
  let i = 0;
  for (const [k, label] of named) {
    const entry = last[i++]!;
    if (entry[0] !== k || entry[1] !== label) return false;
  }
  return true;
}
const LEARN_TRIES = 3;

/**
 * The texts of an element as chunksOf finds them (never-text left out as it meets them: no query
 * for it), in one walk of a function of its own (a walker of the browser's, or a closure made
 * per element, cost twice as much); undefined past 300 texts.
 */
function plainTexts(el: Element): string[] | undefined {
  // A page with a search highlight is read by chunksOf, which joins the texts a <mark> cut apart.
  if (glueMarks) return undefined;
  const out: string[] = [];
  if (freeWalk !== undefined) return walkedTexts(freeWalk, el, out);
  return textsUnder(el, out) ? out : undefined;
}

/**
 * The browser's text walker over the document while a block holding no never-text is read
 * (blockLists): under it, plainTexts reads an element's texts by it, one call a text instead of
 * a few an element (its header line and its picked cells: ~15% of reading 500 blocks).
 */
let freeWalk: TreeWalker | undefined;

/** plainTexts by `walker`, for an element holding no never-text: every text node under `el`, in page order. */
function walkedTexts(walker: TreeWalker, el: Element, out: string[]): string[] | undefined {
  walker.currentNode = el;
  for (let node = walker.nextNode(); node !== null && el.contains(node); node = walker.nextNode()) {
    const text = collapse(node.nodeValue ?? '');
    if (text === '') continue;
    if (out.length === 300) return undefined;
    out.push(text);
  }
  return out;
}

/** Adds the texts under `node` to `out`; false when they pass 300. */
function textsUnder(node: Node, out: string[]): boolean {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3 /* text */) {
      const text = collapse(child.nodeValue ?? '');
      if (text === '') continue;
      if (out.length === 300) return false;
      out.push(text);
    } else if (type === 1 /* element */ && !NEVER_TEXT.has((child as Element).localName) && !textsUnder(child, out)) return false;
  }
  return true;
}

function readBlock(
  block: Element,
  header: readonly string[],
  columns: readonly ColumnGuess[],
  position: number,
  memo: BlockMemo = newMemo(),
): RawOrder | undefined {
  const hit = hitOf.get(block);
  // Read by the layout its list's first blocks showed, when it has it: a few steps, no test of
  // every row. Small functions apart from the read by structure, so V8 optimises the path most
  // blocks take within the first reads of a page.
  if (memo.layout !== undefined && hit !== undefined) {
    const parts = partsByLayout(block, memo.layout, hit);
    const texts = parts === undefined ? undefined : plainTexts(parts.header);
    if (texts !== undefined) return orderOfBlock(block, header, columns, position, memo, parts!.cells, texts);
  }
  return readByStructure(block, hit, header, columns, position, memo);
}

/** A block read by its structure: every row tested, its header line the texts outside them; the first few teach the layout. */
function readByStructure(
  block: Element,
  hit: Element | undefined,
  header: readonly string[],
  columns: readonly ColumnGuess[],
  position: number,
  memo: BlockMemo,
): RawOrder | undefined {
  const section = isSection(block);
  const trs = section ? [] : block.getElementsByTagName('tr');
  const rows: Element[] = [];
  const cells: Element[][] = [];
  for (const r of section ? sectionRows(block) : trs.length > 0 ? Array.from(trs) : safeQueryAll(block, '[role="row"]')) {
    const rowCells = r.tagName === 'TR' ? cellsOf(r) : ariaCells(r);
    if (rowCells.length >= 2 && !isHiddenRow(r) && !(hit ? r.contains(hit) : MAY_LABEL.test(r.textContent ?? '') && orderNumberIn(textsOfChunks(chunksOf(r))) !== undefined)) {
      rows.push(r);
      cells.push(rowCells);
    }
  }
  const headChunks = textsOfChunks(section ? chunksOf(block) : chunksOf(block, new Set(rows)));
  if (memo.layout === undefined && memo.tries < LEARN_TRIES && hit !== undefined && !section) {
    memo.tries++;
    const learned = learnBlock(block, rows, hit);
    // Taken only when it reads this block as its structure did.
    const check = learned && partsByLayout(block, learned, hit);
    const checkTexts = check && plainTexts(check.header);
    const same =
      check !== undefined &&
      checkTexts !== undefined &&
      check.rows.length === rows.length &&
      check.rows.every((r, i) => r === rows[i]) &&
      checkTexts.length === headChunks.length &&
      checkTexts.every((t, i) => t === headChunks[i]);
    if (same) memo.layout = learned;
  }
  return orderOfBlock(block, header, columns, position, memo, cells, headChunks);
}

/** A block's order from its item rows' cells and its header line's texts. */
function orderOfBlock(
  block: Element,
  header: readonly string[],
  columns: readonly ColumnGuess[],
  position: number,
  memo: BlockMemo,
  cells: readonly (readonly Element[])[],
  headChunks: readonly string[],
): RawOrder | undefined {
  const plan = memo.plan;
  const planned = plan ? fieldsByPlan(plan, headChunks) : undefined;
  if (planned !== undefined) return blockOrderOf(block, position, cells, planned, plan!.shared);
  const found = orderNumberIn(headChunks);
  if (found === undefined) return undefined;
  // While the list's layout is known and no plan is, this block's reading may teach one.
  const where = memo.layout !== undefined && plan === undefined && memo.planTries < LEARN_TRIES ? new Map<CellKey, LabelledValue>() : undefined;
  const { given, labels: named } = labelledFields(headChunks, found, undefined, where);
  datesBeforeWords(headChunks, given, named);
  const shared = sharedFields(named, given, header, columns, memo);
  if (where !== undefined) {
    memo.planTries++;
    memo.plan = headerPlan(headChunks, found, given, where, shared);
  }
  return blockOrderOf(block, position, cells, given, shared);
}

/** A block's order from its item rows' cells and the fields of its header line. */
function blockOrderOf(
  block: Element,
  position: number,
  cells: readonly (readonly Element[])[],
  given: Partial<Record<CellKey, string>>,
  { cols, labels }: SharedFields,
): RawOrder {
  // The block's item rows are its one order, as a console's block layout reads them (lib/extract/table.ts).
  return (
    (cells.length > 0 ? orderOfRows(cells, cols, position, block, block, given, labels) : undefined) ??
    { position, element: block, anchor: block, labels, orderCells: {}, itemCells: [], given }
  );
}

/**
 * The columns read from a block's rows and the labels of its fields, in order (each field of
 * `given` has its label in `named`): as the last block's most often, else looked up by a key
 * made of them, else made and kept.
 */
function sharedFields(
  named: Map<CellKey, string>,
  given: Partial<Record<CellKey, string>>,
  header: readonly string[],
  columns: readonly ColumnGuess[],
  memo: BlockMemo,
): SharedFields {
  if (memo.last !== undefined && sameNamed(named, memo.last.named)) return memo.last.shared;
  const entries = [...named];
  let key = '';
  for (const [k, label] of entries) key += `|${k}:${label.length}:${label}`;
  let shared = memo.shared.get(key);
  if (shared === undefined) {
    const cols = new Map<CellKey, number>();
    columns.forEach((g, c) => {
      if (g.key !== undefined && g.key !== 'orderId' && given[g.key] === undefined) cols.set(g.key, c);
    });
    for (const [k, c] of cols) named.set(k, header[c] ?? k);
    shared = { cols, labels: named };
    memo.shared.set(key, shared);
  }
  memo.last = { named: entries, shared };
  return shared;
}

/**
 * How a list's header lines are read, learned from one read in full (headerPlan): which texts
 * hold the order's number and fields, and where in each text the value starts. A later header
 * line whose texts are the learned ones but for its values, and for texts that name nothing (a
 * buyer's name), gets its fields by the plan: the full reading would take the same steps through
 * its texts (fieldsByPlan checks each difference), so only the values differ. Reading the labels'
 * expressions again for each of 500 blocks was a tenth of a read.
 */
interface HeaderPlan {
  readonly texts: readonly string[];
  /** Per text: KEPT (only the learned text will do), FREE (any text that names nothing), or its value's slot. */
  readonly kinds: readonly number[];
  readonly slots: readonly PlanSlot[];
  readonly shared: SharedFields;
}

interface PlanSlot {
  readonly key: CellKey;
  readonly at: number;
  /** Where the value starts in its text (after its label, "创建时间："), 0 for a text of its own. */
  readonly cut: number;
  /** The cut text has a colon in it: no label word can run on into the value. */
  readonly colon: boolean;
}

const KEPT = -2;
const FREE = -1;

/**
 * What makes a text take part in the reading of a header line: an order number's label word, a
 * field's label at its start, a time's word (datesBeforeWords), a price's cents or a lone currency
 * sign joined to the next text. A text with none of them is passed over by every step.
 */
const NAMES_SOMETHING = new RegExp(
  [
    ORDER_MARKS.join('|'),
    ORDER_WORD.source,
    ANY_FIELD_LABEL.source,
    DATE_THEN_WORD.map(([, , word]) => word.source).join('|'),
    '^[.,]\\d\\d$',
    '(?:^|[\\sA-Z])[¥￥$€£]$',
  ].join('|'),
  'i',
);

/**
 * The plan of a header line read in full (`found` its order number, `where` its labelled fields),
 * or undefined when one of its steps looked at more than a text and its label: a value joined from
 * several texts, a field found by a time's word, no order time (the reading then takes any time).
 */
function headerPlan(texts: readonly string[], found: { token: string; at: number; labelAt: number }, given: Partial<Record<CellKey, string>>, where: ReadonlyMap<CellKey, LabelledValue>, shared: SharedFields): HeaderPlan | undefined {
  if (given.placedAt === undefined) return undefined;
  // A time's word for a field not read: the texts joined decide it (datesBeforeWords), and a new value beside the word may change that.
  for (const [key, , word] of DATE_THEN_WORD) if (given[key] === undefined && someMatch(texts, word)) return undefined;
  // No text before the number's label may name an order: a later block's could, and be read first.
  for (let i = 0; i < found.labelAt; i++) if (mayName(texts[i]!)) return undefined;
  const slots: PlanSlot[] = [];
  const idText = texts[found.at]!;
  let idCut = 0;
  if (found.at === found.labelAt) {
    const m = ORDER_LABEL.exec(idText);
    if (m === null) return undefined;
    idCut = idText.length - m[2]!.length;
  }
  if (tokenOf(idText.slice(idCut)) !== found.token) return undefined;
  slots.push({ key: 'orderId', at: found.at, cut: idCut, colon: /[:：#]/.test(idText.slice(0, idCut)) });
  for (const [key, hit] of where) {
    if (texts[hit.at]!.slice(hit.cut).trim() !== hit.value) return undefined;
    slots.push({ key, at: hit.at, cut: hit.cut, colon: /[:：]/.test(texts[hit.at]!.slice(0, hit.cut)) });
  }
  // A field datesBeforeWords added comes from the texts joined, not from one text: no plan reads it.
  if (slots.length !== Object.keys(given).length) return undefined;
  const kinds: number[] = texts.map(() => FREE);
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    // Two values in one text, or a value that names something itself: the full reading decides.
    if (kinds[slot.at] !== FREE || NAMES_SOMETHING.test(texts[slot.at]!.slice(slot.cut))) return undefined;
    kinds[slot.at] = k;
  }
  for (let i = 0; i < texts.length; i++) {
    if (kinds[i] !== FREE || !NAMES_SOMETHING.test(texts[i]!)) continue;
    kinds[i] = KEPT;
    // The two texts after a label are where its value may be: a text that names nothing there could be one.
    for (let j = i + 1; j <= i + 2 && j < texts.length; j++) if (kinds[j] === FREE) kinds[j] = KEPT;
  }
  return { texts, kinds, slots, shared };
}

/** A header line's fields by `plan`, or undefined when its texts differ from the plan's where the reading could differ. */
function fieldsByPlan(plan: HeaderPlan, texts: readonly string[]): Partial<Record<CellKey, string>> | undefined {
  const learned = plan.texts;
  if (texts.length !== learned.length) return undefined;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (text === learned[i]) continue;
    const kind = plan.kinds[i]!;
    if (kind === KEPT) return undefined;
    const slot = kind === FREE ? undefined : plan.slots[kind]!;
    const cut = slot?.cut ?? 0;
    if (cut > 0) {
      // A value after its label in one text: the same label, and a value no label word can run on into.
      const first = text.charCodeAt(cut);
      if (text.length > 120 || !text.startsWith(learned[i]!.slice(0, cut)) || Number.isNaN(first)) return undefined;
      if (first === 32 || first === 58 || first === 0xff1a || first === 35 || first === 40 || first === 0xff08) return undefined;
      if (!slot!.colon && !(first >= 48 && first <= 57)) return undefined;
    }
    // A free text, or a value, that names something: the full reading could take another path.
    if (NAMES_SOMETHING.test(cut === 0 ? text : text.slice(cut))) return undefined;
  }
  const given: Partial<Record<CellKey, string>> = {};
  for (const slot of plan.slots) {
    const value = texts[slot.at]!.slice(slot.cut);
    if (slot.key === 'orderId') {
      const token = tokenOf(value);
      if (token === undefined) return undefined;
      given.orderId = token;
    } else {
      if (DATE_KEYS.has(slot.key) && !looksLikeDate(value)) return undefined;
      given[slot.key] = value;
    }
  }
  return given;
}

/** Fields whose values may be phone, tracking or masked tokens (the order number: when its label says so). */
const DECOYS_BELONG: ReadonlySet<CellKey> = new Set<CellKey>(['orderId', 'trackingNo', 'buyer', 'buyerMessage', 'sellerRemark', 'carrier']);

/** A card: every value behind a label, and what the card's texts are when no label names them. */
function readCard(card: Element, position: number, head?: { token: string }): RawOrder | undefined {
  const chunks = chunksOf(card);
  const texts = textsOfChunks(chunks);
  const found = head ?? orderNumberIn(texts);
  if (found === undefined) return undefined;
  const { given, labels } = labelledFields(texts, found, chunks.map((c) => c.el));
  if (given.placedAt === undefined) {
    const date = chunks.find((c) => looksLikeDate(c.text) && !c.text.includes(found.token));
    if (date) {
      given.placedAt = date.text.replace(/^[^\d\p{L}]*(?:ordered|placed|sold|date|下单|创建)?\s*[:：]?\s*/iu, '');
      labels.set('placedAt', 'date');
    }
  }
  if (given.paid === undefined) {
    // The total: after a total label, else in bold, else the last amount that is not a part of
    // it in brackets ("(含快递：¥12.00)", "(incl. shipping)").
    const money = chunks.filter((c) => moneyStrength(c.text) === 2 && !PART_OF_TOTAL.test(c.text));
    const total =
      money.find((c) => /total|合计|实付|应付/i.test(chunks[chunks.indexOf(c) - 1]?.text ?? '')) ??
      money.find((c) => c.el.closest('strong, b') !== null && card.contains(c.el.closest('strong, b'))) ??
      money[money.length - 1];
    if (total) {
      given.paid = total.text;
      labels.set('paid', 'total');
    }
  }
  if (given.status === undefined) {
    // "Ordered" over "Sat 5 Dec 2026, 14:03" (Etsy's cards) labels the date: it is no state, though react-admin's demo names one so.
    const at = chunks.findIndex((c, i) => isStatusText(c.text) && !(isWholeDateLabel(c.text) && looksLikeDate(chunks[i + 1]?.text ?? '')));
    if (at >= 0) {
      // A request still open shown after it (a 退款中 tag under 待发货) goes with it: the parser lets it outrank the state.
      const state = chunks[at]!.text;
      const open = chunks.slice(at + 1).find((c) => c.text.length <= 40 && OPEN_REQUEST_RE.test(c.text));
      given.status = open === undefined || state.includes(open.text) ? state : `${state} ${open.text}`;
      labels.set('status', 'status');
    }
  }
  // A phone or tracking number where the order's own values belong is no order card; behind its
  // own label (a parcel's tracking number, a masked buyer name) it is the card's, not a decoy, and
  // the order number is orderNumberIn's to vouch for (its own label outweighs its shape).
  for (const [key, v] of Object.entries(given) as [CellKey, string | undefined][]) {
    if (v !== undefined && !DECOYS_BELONG.has(key) && isDecoyToken(v)) return undefined;
  }
  return { position, element: card, anchor: card, labels, orderCells: {}, itemCells: [], given };
}

/** A text that is a date's label and nothing more ("Ordered", "下单时间："). */
const PLACED_START = FIELD_STARTS.find(([key]) => key === 'placedAt')![1];
function isWholeDateLabel(text: string): boolean {
  const m = PLACED_START.exec(text);
  return m !== null && m[0].length === text.length;
}

/** What headNumber's shapes all hold: a slash or a hash beside three digits, eight digits, or a UUID's first groups. */
const HEAD_SHAPE = /[/#]\D*\d{3}|\d{3}\D*[/#]|(?:\d\D{0,3}){8}|[0-9a-f]{8}-[0-9a-f]{4}-/i;

/**
 * An order number alone in its text, of a shape no other number of a card takes: an invoice
 * number with slashes, or eight digits or more, or a hash and three digits or more (`#1042`), or a
 * UUID (Allegro's checkout ids, whatever their share of digits).
 */
function headNumber(text: string): string | undefined {
  // One token with a slash, a hash or eight digits: most texts of a page are passed over without the token's expressions.
  if (text.length < 4 || text.length > 40 || text.includes(' ') || !HEAD_SHAPE.test(text)) return undefined;
  const token = tokenOf(text);
  if (token === undefined || (token !== text && `#${token}` !== text)) return undefined;
  const digits = token.replace(/\D/g, '').length;
  return token.includes('/') || digits >= 8 || (text.startsWith('#') && digits >= 3) || isUuid(token) ? token : undefined;
}

/** Up to `n` texts under `el` that show something, in page order (never-text left out). */
function firstTexts(el: Element, n: number): Node[] {
  const out: Node[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null && out.length < n; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent !== null && !NOT_TEXT_PARENTS.has(parent.localName) && collapse(node.nodeValue ?? '') !== '') out.push(node);
  }
  return out;
}

/**
 * The texts a <mark> and its neighbours show as one word (chunksOf joins them so): the inline
 * elements and space-free texts beside the element holding `node`, when one of them is or holds a
 * <mark>; their text and first text node.
 */
function markRun(node: Node): { text: string; first: Node } | undefined {
  const parent = node.parentElement;
  if (parent === null) return undefined;
  // Beside the text itself ("26<mark>1212</mark>0211…"), else beside its inline element ("<mark>2612</mark><span>…</span>").
  return runAround(node) ?? (INLINE.has(parent.localName) && parent.parentElement !== null ? runAround(parent) : undefined);
}

function runAround(at: Node): { text: string; first: Node } | undefined {
  const joins = (n: Node | null): n is Node =>
    n !== null && (n.nodeType === 1 ? INLINE.has((n as Element).localName) : n.nodeType === 3 && !/\s/.test(n.nodeValue ?? ' '));
  let start = at;
  while (joins(start.previousSibling)) start = start.previousSibling!;
  let end = at;
  while (joins(end.nextSibling)) end = end.nextSibling!;
  if (start === end) return undefined;
  let text = '';
  let marked = false;
  for (let n: Node | null = start; n !== null; n = n === end ? null : n.nextSibling) {
    text += n.textContent ?? '';
    if (n.nodeType === 1 && ((n as Element).localName === 'mark' || (n as Element).getElementsByTagName('mark').length > 0)) marked = true;
  }
  if (!marked) return undefined;
  let first: Node = start;
  while (first.nodeType !== 3 && first.firstChild !== null) first = first.firstChild;
  return { text, first };
}

/**
 * Order cards headed by their number with no label (Tokopedia's "INV/20261206/MPL/8875345353" over
 * the order's date, items and "Total Belanja Rp987.300": test/corpus/render/heldout5.mjs cites the
 * page), looked for only when no list with order numbers was found. A card is the largest element
 * holding one such number among its first three texts and no other; two cards side by side at
 * least, four in five of them showing a date and an amount (what makes them orders, not a list of
 * parcels or products), are read as cards; a card without both is left out.
 */
function unlabelledCards(root: ParentNode): OrderList[] {
  const top = 'body' in root && (root as Document).body ? (root as Document).body : (root as Element);
  if (!top || !(top as Element).tagName) return [];
  const heads: { node: Node; token: string }[] = [];
  const walker = (top as Element).ownerDocument.createTreeWalker(top, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    // A page of this size is no card list a seller reads.
    if (++seen > 100_000) return [];
    let raw = node.nodeValue ?? '';
    if (glueMarks) {
      // A number a search's <mark> cut apart is read whole, once, at its first text.
      const run = markRun(node);
      if (run !== undefined) {
        if (run.first !== node) continue;
        raw = run.text;
      }
    }
    if (raw.length < 4 || !HEAD_SHAPE.test(raw)) continue;
    const token = headNumber(collapse(raw));
    if (token === undefined) continue;
    const parent = node.parentElement;
    if (parent !== null && !NOT_TEXT_PARENTS.has(parent.localName)) heads.push({ node, token });
  }
  if (heads.length < 2) return [];
  const counts = new Map<Element, number>();
  for (const { node } of heads) for (let up = node.parentElement; up !== null; up = up.parentElement) counts.set(up, (counts.get(up) ?? 0) + 1);
  const groups = new Map<Element, { card: Element; token: string }[]>();
  for (const { node, token } of heads) {
    let card = node.parentElement!;
    while (card.parentElement !== null && card !== top && counts.get(card.parentElement) === 1) card = card.parentElement;
    const parent = card.parentElement;
    if (parent === null || card === top || !firstTexts(card, 3).includes(node)) continue;
    const group = groups.get(parent) ?? [];
    group.push({ card, token });
    groups.set(parent, group);
  }
  const lists: OrderList[] = [];
  for (const [container, group] of groups) {
    if (group.length < 2) continue;
    const orders: RawOrder[] = [];
    for (const { card, token } of group) {
      const raw = readCard(card, orders.length + 1, { token });
      if (raw !== undefined && raw.given.placedAt !== undefined && raw.given.paid !== undefined) orders.push(raw);
    }
    if (orders.length < 2 || orders.length < group.length * 0.8) continue;
    const labels = new Map<CellKey, string>();
    for (const o of orders) for (const [k, v] of o.labels) if (!labels.has(k)) labels.set(k, v);
    const columns: ColumnGuess[] = [...labels].map(([key, label]) => ({ label, key, confidence: 0.5 }));
    lists.push({ kind: 'cards', elements: [container], columns, orders, confidence: 0.5, others: 0 });
  }
  return lists;
}
