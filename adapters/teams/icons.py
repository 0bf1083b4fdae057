"""The two Teams app icons, drawn in code (no binary files in the repo, no imaging library).

Teams wants a 192x192 full-colour icon and a 32x32 outline icon that is white on a
transparent background. Both show a speech bubble with lines of text: a bot that explains.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

ACCENT = (0x4F, 0x6B, 0xED)  # also the manifest's accentColor
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4  # sub-pixels per pixel side: smooth edges without an imaging library (2 is enough at 192 px)

Shape = Callable[[float, float], bool]  # (x, y) in 0..1 -> inside?


def png(width: int, height: int, rgba: bytes) -> bytes:
    """Encode 8-bit RGBA rows as a PNG file."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    stride = width * 4
    raw = b"".join(b"\x00" + rgba[y * stride:(y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _rounded_rect(x0: float, y0: float, x1: float, y1: float, r: float) -> Shape:
    def inside(x: float, y: float) -> bool:
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    return inside


def _tail(x: float, y: float) -> bool:
    """The bubble's tail, a triangle under its lower left side."""
    return 0.62 <= y <= 0.84 and 0.26 <= x <= 0.26 + (0.84 - y) * 0.9


def _bubble(x: float, y: float) -> bool:
    return _rounded_rect(0.14, 0.18, 0.86, 0.66, 0.12)(x, y) or _tail(x, y)


def _lines(x: float, y: float) -> bool:
    bars = [(0.27, 0.73, 0.29, 0.35), (0.27, 0.73, 0.39, 0.45), (0.27, 0.56, 0.49, 0.55)]
    return any(a <= x <= b and c <= y <= d for a, b, c, d in bars)


def _outline_bubble(x: float, y: float) -> bool:
    inner = _rounded_rect(0.22, 0.26, 0.78, 0.58, 0.06)
    return _bubble(x, y) and not inner(x, y)


def _render(size: int, paint: Callable[[float, float], tuple[tuple[int, int, int], float]],
            n: int = SUPERSAMPLE) -> bytes:
    """Average n*n samples per pixel of `paint` -> (rgb, alpha)."""
    out = bytearray()
    for py in range(size):
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(n):
                for sx in range(n):
                    rgb, alpha = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
                    r, g, b, a = r + rgb[0] * alpha, g + rgb[1] * alpha, b + rgb[2] * alpha, a + alpha
            if a:
                out += bytes((round(r / a), round(g / a), round(b / a), round(255 * a / (n * n))))
            else:
                out += b"\x00\x00\x00\x00"
    return bytes(out)


def color_icon(size: int = 192) -> bytes:
    """Accent background, white bubble, accent lines of text."""
    def paint(x: float, y: float) -> tuple[tuple[int, int, int], float]:
        if _bubble(x, y):
            return (ACCENT if _lines(x, y) else WHITE), 1.0
        return ACCENT, 1.0
    return png(size, size, _render(size, paint, 2))


def outline_icon(size: int = 32) -> bytes:
    """White strokes only, transparent elsewhere (Teams tints it)."""
    def paint(x: float, y: float) -> tuple[tuple[int, int, int], float]:
        return WHITE, 1.0 if (_outline_bubble(x, y) or _lines(x, y)) else 0.0
    return png(size, size, _render(size, paint))
