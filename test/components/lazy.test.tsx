// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import { lazy, usePainted } from '../../components/lazy';

const settle = () => new Promise((r) => setTimeout(r, 20));

function Hello(props: { name: string }) {
  return <p>Hello {props.name}</p>;
}

describe('lazy (views loaded after the first paint)', () => {
  it('renders nothing until the code is there, then the component with its props', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let loads = 0;
    const Lazy = lazy(async () => {
      loads++;
      await gate;
      return Hello;
    });
    const root = document.createElement('div');
    render(<Lazy name="卖家" />, root);
    await settle();
    expect(root.innerHTML).toBe('');
    release();
    await settle();
    expect(root.innerHTML).toBe('<p>Hello 卖家</p>');
    // A second use after loading renders at once and loads nothing again.
    const other = document.createElement('div');
    render(<Lazy name="again" />, other);
    expect(other.innerHTML).toBe('<p>Hello again</p>');
    expect(loads).toBe(1);
  });

  it('preload fetches the code ahead of use; a failed load is tried again on the next use', async () => {
    let attempts = 0;
    const Lazy = lazy(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return Hello;
    });
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await Lazy.preload();
    const root = document.createElement('div');
    render(<Lazy name="x" />, root);
    expect(root.innerHTML).toBe('<p>Hello x</p>');
    expect(attempts).toBe(2);
  });

  it('draws when the code arrives between its first render and its effects (the side panel filters)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const Lazy = lazy(async () => {
      await gate;
      return Hello;
    });
    // The page preloads the code; the component is first drawn while it is still on its way,
    // and the code lands before the component's effects run (they wait for a frame).
    const preloaded = Lazy.preload();
    const root = document.createElement('div');
    render(<Lazy name="卖家" />, root);
    expect(root.innerHTML).toBe('');
    release();
    await preloaded;
    await settle();
    expect(root.innerHTML).toBe('<p>Hello 卖家</p>');
  });
});

describe('usePainted (work held until the first screen is on the glass)', () => {
  it('stays false until what it waits for is shown, then turns true after a frame and an idle moment', async () => {
    const seen: boolean[] = [];
    let show!: () => void;
    function Probe() {
      const [shown, setShown] = useState(false);
      show = () => setShown(true);
      seen.push(usePainted(shown, 50));
      return null;
    }
    render(<Probe />, document.createElement('div'));
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.every((p) => !p)).toBe(true);
    show();
    await new Promise((r) => setTimeout(r, 300));
    expect(seen[seen.length - 1]).toBe(true);
    // Drawn once with the screen shown and not yet painted, then painted.
    expect(seen.filter((p) => !p).length).toBeGreaterThanOrEqual(2);
  });
});
