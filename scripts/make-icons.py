#!/usr/bin/env python3
"""Draws the toolbar icon (a round orange shield with a white tick) at the sizes the
manifest wants, into public/icon/<size>.png. Standard library only: run it again after
changing the drawing; the PNGs are committed."""
import math, struct, zlib, os

ORANGE = (0xFF, 0x55, 0x00)
WHITE = (0xFF, 0xFF, 0xFF)

def coverage(fn, x, y, n=4):
    """Anti-aliased coverage of pixel (x, y) by the shape fn(u, v) -> bool (u, v in 0..1)."""
    hits = 0
    for i in range(n):
        for j in range(n):
            if fn((x + (i + 0.5) / n), (y + (j + 0.5) / n)):
                hits += 1
    return hits / (n * n)

def draw(size):
    def shield(u, v):
        u, v = u / size, v / size
        if v < 0.5:
            return (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.46 ** 2
        # lower half narrows to a point
        half = 0.46 * (1 - ((v - 0.5) / 0.46) ** 1.6) if v <= 0.96 else 0
        return abs(u - 0.5) <= max(half, 0)
    def tick(u, v):
        u, v = u / size, v / size
        def seg(ax, ay, bx, by, w):
            dx, dy = bx - ax, by - ay
            t = max(0, min(1, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)))
            return math.hypot(u - ax - t * dx, v - ay - t * dy) <= w
        w = 0.075
        return seg(0.28, 0.50, 0.44, 0.66, w) or seg(0.44, 0.66, 0.74, 0.34, w)
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            a = coverage(shield, x, y)
            t = coverage(tick, x, y)
            r = round(ORANGE[0] * (1 - t) + WHITE[0] * t)
            g = round(ORANGE[1] * (1 - t) + WHITE[1] * t)
            b = round(ORANGE[2] * (1 - t) + WHITE[2] * t)
            row += bytes([r, g, b, round(255 * a)])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(kind, data):
        c = struct.pack('>I', len(data)) + kind + data
        return c + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
    png += chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    return png

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', 'public', 'icon')
os.makedirs(out, exist_ok=True)
for size in (16, 32, 48, 96, 128):
    with open(os.path.join(out, f'{size}.png'), 'wb') as f:
        f.write(draw(size))
print('icons written to', os.path.normpath(out))
