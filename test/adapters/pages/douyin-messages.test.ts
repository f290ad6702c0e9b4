// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { douyinMessages } from '../../../lib/adapters/pages/douyin-messages';
import { readEntries } from '../../../lib/adapters/pages/read';
import { parseAnnotations } from '../../../lib/ingest/annotate';

const SAVED = readFileSync('test/fixtures/douyin-messages/workspace-waiting.2026-12.html', 'utf8');
const page = (html = SAVED): Document => new DOMParser().parseFromString(html, 'text/html');
const RULES = { marketplace: 'douyin', timeZone: 'Asia/Shanghai', dateOrder: 'MDY' } as const;
const HOUR = 3_600_000;

describe('Douyin 飞鸽 workbench, 待回复', () => {
  it('reads each waiting buyer whose message names an order, with how long they waited, and counts the one naming none; 最近 is read as not waiting', () => {
    expect(readEntries(douyinMessages, page())).toEqual({
      rows: [
        { position: 1, orderId: '6938812345678901002', texts: { buyerMessageAt: '26小时前', buyerMessage: '订单6938812345678901002显示已发货，物流三天没动了，麻烦查一下' } },
        { position: 2, orderId: '6938812345678901001', texts: { buyerMessageAt: '12分钟前', buyerMessage: '6938812345678901001 能改成顺丰吗' } },
        { position: 4, orderId: '6938812399999999999', texts: { buyerMessageAt: '20小时前', buyerMessage: '订单号 6938812399999999999 还没收到' } },
      ],
      unnumbered: 1,
      empty: false,
      whole: false,
      byMeaning: false,
      otherView: false,
      // 阿May's conversation, in 最近 beside a 待回复 part, names an order: it awaits no reply.
      answered: ['6938812345678901006'],
    });
  });

  it('puts each wait on the clock as that long before the read', () => {
    const observedAt = Date.UTC(2026, 11, 6, 12, 0, 0);
    const { read, skipped } = parseAnnotations(readEntries(douyinMessages, page()).rows, RULES, observedAt);
    expect(skipped).toEqual([]);
    expect(read.map((a) => [a.orderId, observedAt - a.fields.buyerMessageAt!])).toEqual([
      ['6938812345678901002', 26 * HOUR],
      ['6938812345678901001', 12 * 60_000],
      ['6938812399999999999', 20 * HOUR],
    ]);
  });

  it('reads the 当前会话 rows marked awaiting when the list has no 待回复 part, and nothing from 最近 alone', () => {
    const flat = page(SAVED.replace('class="pigeonChatNotScrollBox"', 'class="list-Aa1"'));
    expect(readEntries(douyinMessages, flat).rows.map((r) => r.orderId)).toEqual(['6938812345678901002', '6938812345678901001', '6938812399999999999']);
    const recentOnly = page(SAVED.replace(/<div class="pigeonChatNotScrollBox">[\s\S]*?<div class="pigeonChatScrollBox">/, '<div class="pigeonChatScrollBox">'));
    expect(readEntries(douyinMessages, recentOnly)).toEqual({ rows: [], unnumbered: 0, empty: false, whole: false, byMeaning: false, otherView: false, answered: [] });
  });

  it('sends no time for a wait it cannot read, so the order shows why it is silent instead of a made-up clock', () => {
    const odd = page(SAVED.replace('>26小时<', '>1天2小时<'));
    expect(readEntries(douyinMessages, odd).rows[0]).toEqual({ position: 1, orderId: '6938812345678901002', texts: { buyerMessage: '订单6938812345678901002显示已发货，物流三天没动了，麻烦查一下' } });
  });
});

describe('Douyin 飞鸽 workbench, after the seller answered', () => {
  const REPLIED = readFileSync('test/fixtures/douyin-messages/workspace-replied.2026-12.html', 'utf8');

  it('reads the answered thread\'s order from the open conversation (its last message the seller\'s) and 最近\'s rows naming an order; the waiting ones stay waiting', () => {
    const read = readEntries(douyinMessages, page(REPLIED));
    expect(read.rows.map((r) => [r.position, r.orderId, r.texts.buyerMessageAt])).toEqual([
      [1, '6938812345678901001', '12分钟前'],
      [3, '6938812399999999999', '20小时前'],
    ]);
    expect([read.unnumbered, read.answered]).toEqual([1, ['6938812345678901006', '6938812345678901002']]);
  });

  it('takes no thread for answered while its last message is the buyer\'s', () => {
    const buyerLast = REPLIED.replace(/\s*<div data-qa-id="qa-message-warpper"><div data-id="7302211000000000002">.*<\/div><\/div><\/div>/, '');
    expect(readEntries(douyinMessages, page(buyerLast)).answered).toEqual(['6938812345678901006']);
  });

  it('reads nothing from 最近 in a list without its 待回复 part, where every row is marked recent, waiting or not', () => {
    const rebuilt = REPLIED.replace(/<div class="pigeonChatNotScrollBox">[\s\S]*?<div class="pigeonChatScrollBox">/, '<div class="pigeonChatScrollBox">');
    expect(readEntries(douyinMessages, page(rebuilt)).answered).toEqual(['6938812345678901002']);
  });

  it('never takes a thread shown waiting for answered', () => {
    const stillWaiting = REPLIED.replace('<span>6938812345678901001 能改成顺丰吗</span>', '<span>6938812345678901006 能改成顺丰吗</span>');
    expect(readEntries(douyinMessages, page(stillWaiting)).answered).toEqual(['6938812345678901002']);
  });
});

describe('Douyin 飞鸽 workbench, the open conversation of a waiting buyer', () => {
  const REPLIED = readFileSync('test/fixtures/douyin-messages/workspace-replied.2026-12.html', 'utf8');
  const conversation = /<div class="chat-Rk9">[\s\S]*?<\/div>\s*<\/div>\s*<\/div>\s*<\/div>\n/.exec(REPLIED)![0];
  // 清风徐来 writes again after the reply, naming no order: waiting again, the open conversation shows which order.
  const again = conversation.replace(
    /(<\/div>\s*<\/div>\s*)$/,
    '<div data-qa-id="qa-message-warpper"><div data-id="7302211000000000003"><div class="tC9ap6QtAyeCD0jfuMns"><div class="Ie29C7uLyEjZzd8JeS8A" style="flex-direction: row"><div class="iD7SHBvMhm4OhfCsBGr1 messageNotMe"><pre>还没到，快点</pre></div></div></div></div></div>\n$1',
  );
  const waitingAgain = SAVED.replace('<span>订单6938812345678901002显示已发货，物流三天没动了，麻烦查一下</span>', '<span>还没到，快点</span>').replace(/<div class="chat-Rk9">[\s\S]*?<\/div><\/div>\n/, again);

  it('puts the wait of the open conversation\'s buyer on the last order they named there, where the row itself names none', () => {
    const read = readEntries(douyinMessages, page(waitingAgain));
    expect(read.rows[0]).toEqual({ position: 1, orderId: '6938812345678901002', texts: { buyerMessageAt: '26小时前', buyerMessage: '还没到，快点' } });
    expect([read.rows.length, read.unnumbered, read.answered]).toEqual([3, 1, ['6938812345678901006']]);
  });

  it('gives no order to a waiting buyer whose conversation is not the open one', () => {
    const other = waitingAgain.replace('<div id="topbar-left-info">清风徐来</div>', '<div id="topbar-left-info"><span>阿May</span><span>添加备注</span></div>');
    const read = readEntries(douyinMessages, page(other));
    expect([read.rows.map((r) => r.orderId), read.unnumbered]).toEqual([['6938812345678901001', '6938812399999999999'], 2]);
  });
});
