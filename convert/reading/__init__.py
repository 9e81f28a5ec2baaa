"""Reading: bytes to text with provenance, then text to blocks and lines with spans."""
from .decoding import MAX_BYTES, Decoded, decode, from_text, path_text, read_file
from .segmenting import Line, Segment, segment

__all__ = ["MAX_BYTES", "Decoded", "decode", "from_text", "path_text", "read_file", "Line", "Segment", "segment"]
