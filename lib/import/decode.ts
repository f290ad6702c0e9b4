/**
 * Order report bytes → text. Consoles export UTF-8 (often with a BOM so Excel shows it),
 * Excel's "Unicode text" is UTF-16 with a BOM, and Chinese 订单导出 files from
 * Taobao/Tmall/JD/Pinduoduo are usually GBK, which GB18030 contains. Both decoders are
 * built into Chromium and Node.
 */
export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How many bytes decide between UTF-8 and GB18030 when the file has no BOM. */
const SNIFF_BYTES = 1 << 20;

function bomOf(bytes: Uint8Array): ReportEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array, stream: boolean): boolean {
  try {
    // `stream` lets a head cut inside a character pass: only bytes that can never be UTF-8 fail.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** The encoding of a report from its first bytes (the whole file is not needed). */
export function sniffEncoding(head: Uint8Array): ReportEncoding {
  const bom = bomOf(head);
  if (bom !== undefined) return bom;
  const sample = head.length > SNIFF_BYTES ? head.subarray(0, SNIFF_BYTES) : head;
  return isUtf8(sample, head.length > SNIFF_BYTES) ? 'utf-8' : 'gb18030';
}

/** A decoder for the report that can be fed slices of it (characters split across slices stay whole). */
export function reportDecoder(encoding: ReportEncoding): TextDecoder {
  // The BOM is dropped by the decoder (ignoreBOM false): it must not stick to the first header.
  return new TextDecoder(encoding);
}

/**
 * The whole file's text. A file that looked like UTF-8 in its head but is not further on
 * (a GBK file whose first megabyte is ASCII) is decoded as GB18030 instead of with U+FFFD.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: ReportEncoding } {
  const sniffed = sniffEncoding(bytes);
  if (sniffed === 'utf-8' && bomOf(bytes) === undefined && !isUtf8(bytes, false)) {
    return { text: reportDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
  return { text: reportDecoder(sniffed).decode(bytes), encoding: sniffed };
}
