"""Reading: bytes to text with provenance, then text to blocks and lines with spans."""
from .decode import MAX_BYTES, Decoded, decode, from_text
from .segment import Line, Segment, segment

__all__ = ["MAX_BYTES", "Decoded", "decode", "from_text", "Line", "Segment", "segment"]
