import { describe, expect, it } from 'vitest';
import { inboxPath } from '../../components/inbox';

describe('inboxPath', () => {
  it('opens the list, one case, or the weekly summary', () => {
    expect(inboxPath()).toEqual('/sidepanel.html');
    expect(inboxPath('ship-deadline|taobao|TB 1')).toEqual('/sidepanel.html#case=ship-deadline%7Ctaobao%7CTB%201');
    expect(inboxPath({ view: 'summary' })).toEqual('/sidepanel.html#view=summary');
  });
});
