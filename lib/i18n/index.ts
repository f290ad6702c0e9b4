/**
 * User-facing text of the extension's own UI, in English and Simplified Chinese.
 * Detector explanations come with their findings (lib/detectors); this file holds the
 * chrome around them. Values are plain text: callers render them with textContent/JSX.
 */
import type { CaseStatus, DISMISS_REASONS, Language, Severity } from '../schema';

type DismissReason = (typeof DISMISS_REASONS)[number];

const en = {
  appName: 'Order Sentinel',
  options: 'Options',
  optionsIntro: 'Changes apply at once and stay on this computer.',
  settingsSaved: 'Saved.',
  language: 'Language',
  languageAuto: 'Same as the browser',
  theme: 'Theme',
  themeAuto: 'Same as the system',
  themeLight: 'Light',
  themeDark: 'Dark',
  cmdOpenInbox: 'Open the case inbox',
  consoles: 'Consoles to read',
  consolesIntro: 'Switch a console off if its page was redesigned and is read wrongly; nothing else changes.',
  anyHostConsole: 'on your own site, once you allow it from the popup',
  sitesTitle: 'Sites you allowed',
  taughtSite: 'read with the columns you taught',
  stopReadingSite: 'Stop reading this site',
  detectorsTitle: 'Checks',
  warnHours: 'warn hours before',
  windowHours: 'window (hours)',
  tolerance: 'tolerance',
  dismissedRecently: 'Dismissed in the last 30 days: {n} ({reasons}).',
  thresholdProposal: 'Changing {current} to {proposed} would have kept {n} of them quiet.',
  applyProposal: 'Use this value',
  notificationsTitle: 'Desktop notifications',
  notificationsEnable: 'Notify me of new P1 cases',
  notificationsHint: 'Each case once; the badge and the inbox still show every case.',
  notificationsCap: 'at most per day',
  notificationsDenied: 'The browser did not allow notifications.',
  openCases: 'Open cases',
  noOpenCases: 'No open cases. Browse your order list and Order Sentinel will watch it.',
  mostUrgent: 'Most urgent',
  openSidePanel: 'Open the case inbox',
  thisPage: 'This page',
  pageRead: 'Read {orders} orders, {skipped} rows skipped',
  pageReadOneSkipped: 'Read {orders} orders, 1 row skipped',
  pageReadNoSkips: 'Read {orders} orders',
  pageEmpty: 'The order list on this page is empty.',
  partialList: 'This list holds {total} rows and shows them as you scroll; {read} read so far.',
  readWholeList: 'Read the whole list',
  readingWholeList: 'Reading the whole list…',
  knownOrders: '{n} orders known for {shop}',
  seenLastHour: '{n} seen in the last hour',
  seenToday: '{n} earlier today',
  seenThisWeek: '{n} this week',
  seenOlder: '{n} more than a week ago',
  pageUnsupported: 'Cannot read this page: it is not a supported order list.',
  pageProblem: 'Cannot read this page: {reason}',
  pageNotYetRead: 'This tab has not been read (open an order list of a supported console).',
  rowLabel: 'row {row}',
  severityP1: 'Act now',
  severityP2: 'Today',
  severityP3: 'Watch',
  statusOpen: 'Open',
  statusInProgress: 'In progress',
  statusWaiting: 'Waiting',
  statusResolved: 'Resolved',
  statusDismissed: 'Dismissed',
  dismissWhy: 'Why dismiss it?',
  sellerNote: 'Seller note',
  dismissedBecause: 'Dismissed: {reason}.',
  reasonFalsePositive: 'false alarm',
  reasonThresholdTooStrict: 'threshold too strict',
  reasonAlreadyHandled: 'already handled',
  reasonOther: 'other',
  dueLeft: '{time} left',
  dueOverdue: 'overdue {time}',
  minutes: '{n} min',
  hours: '{n} h',
  daysHours: '{d} d {h} h',
  order: 'Order',
  buyer: 'Buyer',
  items: 'Items',
  paid: 'Paid',
  orderStatus: 'Order status',
  due: 'Due',
  evidence: 'Evidence',
  notes: 'Notes',
  noNotes: 'No notes yet.',
  addNote: 'Add note',
  notePlaceholder: 'What did you do? (e.g. contacted the buyer, shipped with SF)',
  caseStatus: 'Case status',
  conditionCleared: 'The condition has cleared on the latest read of this order.',
  showClosed: 'Show resolved and dismissed',
  chooseCase: 'Choose a case on the left to see why it was raised.',
  casesCount: '{n} cases',
  back: 'Back to the list',
  savedNote: 'Note saved',
  errorPrefix: 'Could not save: {reason}',
  noDueTime: 'no deadline',
  // Teach mode (entrypoints/content/teach.ts) and site access (components/SiteAccess.tsx).
  teachRequired: 'Choose which column holds the {meaning}.',
  teachTwice: '"{meaning}" is chosen for several columns ({headers}): keep it on one.',
  teachBadCurrency: 'The currency must be a three-letter code such as USD or EUR.',
  teachBadTimeZone: 'Unknown time zone "{zone}": use a name such as Europe/Berlin.',
  teachPickTitle: 'Click the order table',
  teachPickHint: 'Point at the list of orders and click it, or choose a table below. Esc cancels.',
  teachTableOption: 'Table {n}: {headers}',
  teachNoTables: 'No table was found on this page.',
  teachMapTitle: 'What does each column hold?',
  teachCurrency: 'Currency',
  teachTimeZone: 'Time zone',
  teachPreview: '{orders} orders readable, {skipped} skipped',
  teachPreviewNone: 'No orders readable yet: {reason}',
  teachSave: 'Save',
  teachCancel: 'Cancel',
  teachPickAgain: 'Pick another table',
  teachSaveFailed: 'Could not save: {reason}',
  siteTeach: 'Teach Order Sentinel to read this page',
  siteTeachHint: 'Point at the order table and confirm what each column holds. Order Sentinel asks to read {origin} only.',
  siteWooCommerce: 'Read WooCommerce orders on {origin}',
  siteTaught: 'Read by your taught mapping',
  siteTeachAgain: 'Teach again',
  siteDenied: 'Access to {origin} was not granted, so Order Sentinel cannot read this page.',
  siteFailed: 'Could not turn on reading this site: {reason}',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appName: '订单哨兵',
  options: '设置',
  optionsIntro: '修改立即生效，只保存在这台电脑上。',
  settingsSaved: '已保存。',
  language: '语言',
  languageAuto: '跟随浏览器',
  theme: '外观',
  themeAuto: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  cmdOpenInbox: '打开事项收件箱',
  consoles: '读取哪些后台',
  consolesIntro: '如果某个后台改版后读错了，可以单独关闭它，其他不受影响。',
  anyHostConsole: '在你自己的网站上，从弹出窗口允许后读取',
  sitesTitle: '你允许读取的网站',
  taughtSite: '按你教的列读取',
  stopReadingSite: '停止读取此网站',
  detectorsTitle: '检查项',
  warnHours: '提前提醒（小时）',
  windowHours: '时间窗口（小时）',
  tolerance: '容差',
  dismissedRecently: '近 30 天忽略 {n} 个（{reasons}）。',
  thresholdProposal: '把 {current} 改为 {proposed}，其中 {n} 个就不会出现。',
  applyProposal: '使用这个值',
  notificationsTitle: '桌面通知',
  notificationsEnable: '出现新的 P1 事项时通知我',
  notificationsHint: '每个事项只通知一次；图标角标和收件箱仍显示全部事项。',
  notificationsCap: '每天最多',
  notificationsDenied: '浏览器没有允许通知。',
  openCases: '待处理事项',
  noOpenCases: '没有待处理事项。打开订单列表，订单哨兵会替你盯着。',
  mostUrgent: '最紧急',
  openSidePanel: '打开事项收件箱',
  thisPage: '当前页面',
  pageRead: '已读取 {orders} 个订单，跳过 {skipped} 行',
  pageReadOneSkipped: '已读取 {orders} 个订单，跳过 1 行',
  pageReadNoSkips: '已读取 {orders} 个订单',
  pageEmpty: '此页面的订单列表为空。',
  partialList: '此列表共 {total} 行，滚动时才显示；已读取 {read} 行。',
  readWholeList: '读取整个列表',
  readingWholeList: '正在读取整个列表…',
  knownOrders: '{shop}已知 {n} 个订单',
  seenLastHour: '{n} 个在一小时内见到',
  seenToday: '{n} 个今天早些时候',
  seenThisWeek: '{n} 个本周',
  seenOlder: '{n} 个一周以前',
  pageUnsupported: '无法读取此页面：这不是受支持的订单列表。',
  pageProblem: '无法读取此页面：{reason}',
  pageNotYetRead: '此标签页尚未读取（请打开受支持后台的订单列表）。',
  rowLabel: '第 {row} 行',
  severityP1: '立即处理',
  severityP2: '今天处理',
  severityP3: '留意',
  statusOpen: '待处理',
  statusInProgress: '处理中',
  statusWaiting: '等待中',
  statusResolved: '已解决',
  statusDismissed: '已忽略',
  dismissWhy: '为什么忽略？',
  sellerNote: '卖家备注',
  dismissedBecause: '已忽略：{reason}。',
  reasonFalsePositive: '误报',
  reasonThresholdTooStrict: '阈值太严',
  reasonAlreadyHandled: '已处理',
  reasonOther: '其他',
  dueLeft: '剩余 {time}',
  dueOverdue: '已超时 {time}',
  minutes: '{n} 分钟',
  hours: '{n} 小时',
  daysHours: '{d} 天 {h} 小时',
  order: '订单',
  buyer: '买家',
  items: '商品',
  paid: '实付',
  orderStatus: '订单状态',
  due: '期限',
  evidence: '依据',
  notes: '备注',
  noNotes: '还没有备注。',
  addNote: '添加备注',
  notePlaceholder: '做了什么？（如：已联系买家、已用顺丰发出）',
  caseStatus: '事项状态',
  conditionCleared: '最近一次读取时，此订单的异常已消除。',
  showClosed: '显示已解决和已忽略',
  chooseCase: '在左侧选择一个事项，查看原因。',
  casesCount: '{n} 个事项',
  back: '返回列表',
  savedNote: '备注已保存',
  errorPrefix: '保存失败：{reason}',
  noDueTime: '无期限',
  // Teach mode (entrypoints/content/teach.ts) and site access (components/SiteAccess.tsx).
  teachRequired: '请选择哪一列是{meaning}。',
  teachTwice: '“{meaning}”被选给了多列（{headers}）：只保留一列。',
  teachBadCurrency: '币种须为三个字母的代码，如 CNY 或 USD。',
  teachBadTimeZone: '未知时区“{zone}”：请使用如 Asia/Shanghai 的名称。',
  teachPickTitle: '点击订单表格',
  teachPickHint: '指向订单列表并点击，或在下方选择一个表格。按 Esc 取消。',
  teachTableOption: '表格 {n}：{headers}',
  teachNoTables: '此页面上没有找到表格。',
  teachMapTitle: '每一列是什么？',
  teachCurrency: '币种',
  teachTimeZone: '时区',
  teachPreview: '可读取 {orders} 个订单，跳过 {skipped} 行',
  teachPreviewNone: '还读不到订单：{reason}',
  teachSave: '保存',
  teachCancel: '取消',
  teachPickAgain: '换一个表格',
  teachSaveFailed: '无法保存：{reason}',
  siteTeach: '教订单哨兵读取此页面',
  siteTeachHint: '指出订单表格，确认每一列是什么。订单哨兵只申请读取 {origin}。',
  siteWooCommerce: '读取 {origin} 上的 WooCommerce 订单',
  siteTaught: '按你教的方式读取',
  siteTeachAgain: '重新教',
  siteDenied: '未获准访问 {origin}，订单哨兵无法读取此页面。',
  siteFailed: '无法开启读取此网站：{reason}',
};

const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, zh };

export type Params = Record<string, string | number>;

export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** 'auto' follows the browser UI language: any zh-* → Chinese, anything else → English. */
export function resolveLanguage(setting: 'auto' | Language, uiLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = { P1: 'severityP1', P2: 'severityP2', P3: 'severityP3' };
export const severityLabel = (lang: Language, s: Severity): string => t(lang, SEVERITY_KEYS[s]);

const STATUS_KEYS: Record<CaseStatus, MessageKey> = {
  open: 'statusOpen',
  in_progress: 'statusInProgress',
  waiting: 'statusWaiting',
  resolved: 'statusResolved',
  dismissed: 'statusDismissed',
};
export const caseStatusLabel = (lang: Language, s: CaseStatus): string => t(lang, STATUS_KEYS[s]);

const REASON_KEYS: Record<DismissReason, MessageKey> = {
  false_positive: 'reasonFalsePositive',
  threshold_too_strict: 'reasonThresholdTooStrict',
  already_handled: 'reasonAlreadyHandled',
  other: 'reasonOther',
};
export const dismissReasonLabel = (lang: Language, r: DismissReason): string => t(lang, REASON_KEYS[r]);

/** A duration in the seller's words: minutes under an hour, hours under two days, then days. */
export function formatDuration(lang: Language, ms: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return t(lang, 'minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t(lang, 'hours', { n: hours });
  return t(lang, 'daysHours', { d: Math.floor(hours / 24), h: hours % 24 });
}

/** "4 h left" / "overdue 3 h" on the marketplace's clock (every hour counts). */
export function formatDue(lang: Language, dueAt: number | undefined, now: number): string {
  if (dueAt === undefined) return t(lang, 'noDueTime');
  const delta = dueAt - now;
  return delta > 0
    ? t(lang, 'dueLeft', { time: formatDuration(lang, delta) })
    : t(lang, 'dueOverdue', { time: formatDuration(lang, delta) });
}
