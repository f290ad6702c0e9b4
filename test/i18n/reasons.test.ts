import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { reasonText } from '../../lib/i18n/reasons';
import { setZodLanguage } from '../../lib/zod-messages';

describe('why a row was not read, in the seller\'s language', () => {
  it.each([
    ["实付款 '¥--' is not an amount", '实付款“¥--”不是金额'],
    ['下单时间 "昨天" is not a date and time', '下单时间“昨天”不是日期时间'],
    ["数量 'x2' is not a quantity", '数量“x2”不是数量'],
    ['no order time (下单时间) in this row', '这一行没有下单时间（下单时间）'],
    ['no paid amount (实付款) in this row', '这一行没有实付金额（实付款）'],
    ['The amount cell is empty.', '金额单元格是空的。'],
    ['"1.234,56.7" is not an amount: it mixes thousands separators.', '“1.234,56.7”不是金额：混用了不同的千位分隔符。'],
    ['"12/31/2026" is not a valid date: there is no month 31 (this console writes day/month/year).', '“12/31/2026”不是有效的日期：没有 31 月（此后台的日期写法是日/月/年）。'],
    ['"99" shows no currency and none was given for this console.', '“99”没有写币种，此后台也没有默认币种。'],
    ['the response was too large to read', '页面收到的数据太大，没有读取'],
    ['the response is malformed: not JSON', '页面收到的数据格式不对：不是 JSON 数据'],
    ['the response is malformed: larger than 5000000 characters', '页面收到的数据格式不对：超过 5000000 个字符'],
    ["not the after-sales list's data (data.items: Invalid input)", '不是售后列表数据（data.items: Invalid input）'],
    ["not the order's tracking (data: Invalid input)", '不是这个订单的物流数据（data: Invalid input）'],
    ['the console answered with an error: 登录已过期', '后台返回了错误：登录已过期'],
    ['the console answered with an error', '后台返回了错误'],
    ['names no order number', '没有订单编号'],
    ["tracking time 'soon' is not a date and time", '物流时间“soon”不是日期时间'],
  ])('%s → %s', (reason, zh) => {
    expect(reasonText('zh', reason)).toBe(zh);
    expect(reasonText('en', reason)).toBe(reason);
  });

  it('shows a reason it does not know as it came', () => {
    expect(reasonText('zh', 'something new')).toBe('something new');
  });
});

describe('zod\'s messages follow the seller\'s language', () => {
  const Quantity = z.number();
  it('in Chinese and back in English', () => {
    setZodLanguage('zh');
    expect(Quantity.safeParse('x').error?.issues[0]?.message).toBe('无效输入：期望 数字，实际接收 string');
    setZodLanguage('en');
    expect(Quantity.safeParse('x').error?.issues[0]?.message).toBe('Invalid input: expected number, received string');
  });
});
