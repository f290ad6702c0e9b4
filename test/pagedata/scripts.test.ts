import { describe, expect, it } from 'vitest';
import type { ContentScriptDefinition } from 'wxt';
import { adapterById } from '../../lib/adapters';
import { PAGE_DATA_SOURCES } from '../../lib/pagedata/sources';
import observer from '../../entrypoints/page-data.content';
import relay from '../../entrypoints/page-data-relay.content';

describe('the scripts that observe a console\'s own data', () => {
  it('run only on pages their console\'s own script reads, so no host permission is added', () => {
    for (const source of PAGE_DATA_SOURCES) {
      const adapter = adapterById(source.adapter);
      expect([source.adapter, source.matches.every((m) => adapter?.matches.includes(m))]).toEqual([source.adapter, true]);
    }
    const matches = PAGE_DATA_SOURCES.flatMap((s) => s.matches);
    expect(matches).toEqual(['https://mms.pinduoduo.com/orders/*', 'https://trade.taobao.com/trade/itemlist/*', 'https://admin.shopify.com/store/*', 'https://fxg.jinritemai.com/ffa/*']);
    for (const script of [observer, relay] as ContentScriptDefinition[]) expect(script.matches).toEqual(matches);
  });

  it('observe in the page\'s own world before its scripts, and relay from the extension\'s, on Chrome and Edge only', () => {
    const o = observer as ContentScriptDefinition;
    const r = relay as ContentScriptDefinition;
    expect([o.world, o.runAt, o.exclude]).toEqual(['MAIN', 'document_start', ['firefox']]);
    expect([r.world, r.runAt, r.exclude]).toEqual([undefined, 'document_start', ['firefox']]);
  });

  it('each watch its console\'s documented address only', () => {
    const watched = (url: string) => PAGE_DATA_SOURCES.filter((s) => s.responses.test(url)).map((s) => s.adapter);
    expect(watched('https://mms.pinduoduo.com/mangkhut/mms/recentOrderList')).toEqual(['pinduoduo']);
    expect(watched('https://admin.shopify.com/api/shopify/sage-and-suds?operation=OrderListData&type=query')).toEqual(['shopify']);
    expect(watched('https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1&_input_charset=utf8')).toEqual(['taobao']);
    expect(watched('https://mms.pinduoduo.com/express_base/mms/track/get?orderSn=261201-112233445566778&source=MMS_TRACK_STATUS')).toEqual(['pinduoduo']);
    expect(watched('https://mms.pinduoduo.com/express_base/mms/track/261201-112233445566778?source=MMS_TRACK_STATUS')).toEqual(['pinduoduo']);
    expect(watched('https://fxg.jinritemai.com/api/order/searchlist?page=0&pageSize=10&order_by=create_time&order=desc&tab=all')).toEqual(['douyin']);
    for (const other of [
      'https://mms.pinduoduo.com/mangkhut/mms/recentOrderListX',
      'https://mms.pinduoduo.com/janus/api/new/userinfo',
      'https://mms.pinduoduo.com/express_base/mms/track/get?source=MMS_TRACK_STATUS',
      'https://admin.shopify.com/api/shopify/sage-and-suds/extra',
      'https://admin.shopify.com/store/sage-and-suds/orders',
      'https://trade.taobao.com/trade/itemlist/asyncBought.htm',
      'https://trade.tmall.com/trade/itemlist/asyncSold.htm',
      'https://fxg.jinritemai.com/api/order/tabcnt?tab=all',
      'https://fxg.jinritemai.com/api/order/searchlistX',
      'https://dmall.jinritemai.com/api/order/searchlist',
      'https://fxg.jinritemai.com/ffa/morder/order/list',
      'https://evil.example/?https://mms.pinduoduo.com/mangkhut/mms/recentOrderList',
    ])
      expect([other, watched(other)]).toEqual([other, []]);
  });
});
