import { describe, expect, test } from 'vitest';
import { decodeBytes, sniffEncoding } from '../../lib/import';

const HEADER = '订单编号,订单状态\n1,已发货\n';

/** A GB18030 encoder for the few characters a test needs, built from the platform's decoder. */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...table.get(ch)!);
  }
  return new Uint8Array(out);
}

describe('decodeBytes', () => {
  test('UTF-8 with and without BOM; the BOM does not stick to the first header', () => {
    const utf8 = new TextEncoder().encode(HEADER);
    expect(decodeBytes(utf8)).toEqual({ text: HEADER, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: HEADER, encoding: 'utf-8' });
  });

  test('UTF-16 little and big endian by their BOM', () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of HEADER) {
      const c = ch.charCodeAt(0);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decodeBytes(new Uint8Array(le))).toEqual({ text: HEADER, encoding: 'utf-16le' });
    expect(decodeBytes(new Uint8Array(be))).toEqual({ text: HEADER, encoding: 'utf-16be' });
  });

  test('GBK bytes (not valid UTF-8) are read as GB18030', () => {
    const bytes = gb18030(HEADER);
    expect(bytes.slice(0, 4)).toEqual(new Uint8Array([0xb6, 0xa9, 0xb5, 0xa5])); // 订单 in GBK
    expect(decodeBytes(bytes)).toEqual({ text: HEADER, encoding: 'gb18030' });
  });

  test('a GBK file whose first megabyte is ASCII is still decoded as GB18030', () => {
    const ascii = new TextEncoder().encode('x'.repeat((1 << 20) + 10) + '\n');
    const bytes = new Uint8Array([...ascii, ...gb18030('已发货')]);
    expect(sniffEncoding(bytes)).toBe('utf-8');
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('gb18030');
    expect(text.endsWith('\n已发货')).toBe(true);
  });

  test('a UTF-8 head cut inside a character is still UTF-8', () => {
    const bytes = new TextEncoder().encode('订单'.repeat(400_000));
    expect(sniffEncoding(bytes)).toBe('utf-8');
  });
});
