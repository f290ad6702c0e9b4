/**
 * Why a row, a cell or a file was not read, in the seller's language. The readers (lib/extract,
 * lib/normalize, lib/import) write their reasons in English where they are made, inside the
 * content script's size budget; the pages that show them say them in Chinese here. A reason
 * not known here is shown as it came.
 */
import type { Language } from '../schema';

type Rule = readonly [RegExp, (...parts: string[]) => string];

/** Inner reasons (after "is not an amount:" / "is not a valid date:"), most specific first. */
const WHY: readonly Rule[] = [
  [/^it mixes thousands separators$/, () => '混用了不同的千位分隔符'],
  [/^its digit groups are not thousands$/, () => '数字没有按千位分组'],
  [/^"(.*)" appears more than once as a decimal point$/, (d) => `“${d}”作为小数点出现了不止一次`],
  [/^it shows more than one time of day$/, () => '里面有不止一个时刻'],
  [/^it has two am\/pm markers$/, () => '里面有两个上午/下午标记'],
  [/^year (\d+) is out of range$/, (y) => `年份 ${y} 超出范围`],
  [/^there is no month (\d+) \(this console writes (day\/month\/year|month\/day\/year)\)$/, (m, order) =>
    `没有 ${m} 月（此后台的日期写法是${order === 'day/month/year' ? '日/月/年' : '月/日/年'}）`],
  [/^there is no month (\d+)$/, (m) => `没有 ${m} 月`],
  [/^(\w+) (\d+) has no day (\d+)$/, (_month, y, d) => `该月没有 ${d} 日（${y} 年）`],
  [/^there is no minute (\d+)$/, (m) => `没有第 ${m} 分钟`],
  [/^there is no second (\d+)$/, (s) => `没有第 ${s} 秒`],
  [/^"(.*)" is not a UTC offset$/, (x) => `“${x}”不是时区偏移`],
  [/^"(.*)" is not a known time zone$/, (x) => `“${x}”不是已知的时区`],
  [/^(.*) is not an hour with "(.*)"$/, (h, m) => `${h} 与“${m}”连用不是有效的小时`],
  [/^(.*) is not an hour$/, (h) => `${h} 不是有效的小时`],
];

const RULES: readonly Rule[] = [
  // The console's own data observed in the page (lib/pagedata): what it holds and why it was not read.
  [/^the response was too large to read$/, () => '页面收到的数据太大，没有读取'],
  [/^the page's script was too large to read$/, () => '页面里的订单数据太大，没有读取'],
  [/^the response is malformed: (.*)$/, (why) => `页面收到的数据格式不对：${reasonText('zh', why)}`],
  [/^the order data is malformed: (.*)$/, (why) => `页面里的订单数据格式不对：${reasonText('zh', why)}`],
  [/^not JSON$/, () => '不是 JSON 数据'],
  [/^larger than (\d+) characters$/, (max) => `超过 ${max} 个字符`],
  [/^not the (order list|after-sales list|order)'s (?:data|tracking) \((.*)\)$/, (what, why) =>
    `不是${what === 'order list' ? '订单列表' : what === 'after-sales list' ? '售后列表' : '这个订单的物流'}数据（${why}）`],
  [/^not an order's detail data \((.*)\)$/, (why) => `不是订单详情数据（${why}）`],
  [/^the console answered with an error(?:: (.*))?$/, (msg) => `后台返回了错误${msg ? `：${msg}` : ''}`],
  [/^the page holds no order data$/, () => '页面里没有订单数据'],
  [/^the order data (?:breaks its line|ends before its closing quote)$|^'.*' is no escape a script accepts$/, () => '页面里的订单数据不完整'],
  [/^names no order number$/, () => '没有订单编号'],
  [/^shows no request time$/, () => '没有申请时间'],
  [/^not the order this page's address names$/, () => '不是此页面地址对应的订单'],
  [/^tracking time ['"](.*)['"] is not a date and time$/, (text) => `物流时间“${text}”不是日期时间`],
  // A page's read status (lib/content/read-cycle).
  [/^reading failed: (.*)$/, (why) => `读取失败：${why}`],
  // A review or message page's entry (lib/ingest/annotate).
  [/^(review|message|reply) time ['"](.*)['"] is not a date and time$/, (what, text) => `${what === 'review' ? '评价' : what === 'message' ? '留言' : '回复'}时间“${text}”不是日期时间`],
  [/^rating ['"](.*)['"] is not 1–5 stars$/, (text) => `评分“${text}”不是 1–5 星`],
  [/^['"](.*)['"] is not an order number$/, (text) => `“${text}”不是订单编号`],
  [/^shows no rating, review or message$/, () => '没有评分、评价或留言'],
  [/^(.*) ['"](.*)['"] is not an amount$/, (label, text) => `${label}“${text}”不是金额`],
  [/^(.*) ['"](.*)['"] is not a date and time$/, (label, text) => `${label}“${text}”不是日期时间`],
  [/^(.*) ['"](.*)['"] is not a quantity$/, (label, text) => `${label}“${text}”不是数量`],
  [/^no order time \((.*)\)( in this row)?$/, (label, row) => `${row ? '这一行' : ''}没有下单时间（${label}）`],
  [/^no paid amount \((.*)\) in this row$/, (label) => `这一行没有实付金额（${label}）`],
  [/^no amount \((.*)\)$/, (label) => `没有金额（${label}）`],
  [/^The amount cell is empty\.$/, () => '金额单元格是空的。'],
  [/^"(.*)" is not an amount: (.*)\.$/, (raw, why) => `“${raw}”不是金额：${inner(why)}。`],
  [/^"(.*)" is too large to be an amount\.$/, (raw) => `“${raw}”太大，不是金额。`],
  [/^"(.*)" has two minus signs\.$/, (raw) => `“${raw}”有两个负号。`],
  [/^"(.*)" names two different currencies\.$/, (raw) => `“${raw}”写了两种不同的币种。`],
  [/^"(.*)" contains no amount\.$/, (raw) => `“${raw}”里没有金额。`],
  [/^"(.*)" shows no currency and none was given for this console\.$/, (raw) => `“${raw}”没有写币种，此后台也没有默认币种。`],
  [/^Cannot read a date or time from "(.*)"\.$/, (raw) => `无法从“${raw}”读出日期或时间。`],
  [/^"(.*)" is not a valid date: (.*)\.$/, (raw, why) => `“${raw}”不是有效的日期：${inner(why)}。`],
];

function apply(rules: readonly Rule[], text: string): string | undefined {
  for (const [pattern, say] of rules) {
    const match = pattern.exec(text);
    if (match) return say(...match.slice(1).map((part) => part ?? ''));
  }
  return undefined;
}

const inner = (why: string): string => apply(WHY, why) ?? why;

/** `reason` as the seller reads it in `lang` (reasons are made in English). */
export function reasonText(lang: Language, reason: string): string {
  if (lang === 'en') return reason;
  return apply(RULES, reason) ?? apply(WHY, reason) ?? reason;
}
