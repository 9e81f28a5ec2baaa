"""text2tei: plain-text articles and letters to TEI P5 XML and JSON.

Library use::

    import convert
    doc = convert.convert_text("Dear Sir,\\n\\nThank you.\\n\\nYours truly,\\n\\nJ. Smith", name="note")
    tei = convert.write_tei(doc)      # bytes
    data = convert.write_json(doc)    # bytes
"""
from __future__ import annotations

__version__ = "0.1.0"

_API = {
    "convert_text": "pipeline", "convert_file": "pipeline",
    "write_tei": "writing.tei", "write_json": "writing.json_out",
    "Document": "model", "InputError": "diagnostics",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    # Imported on first use so that `text2tei --help` does not pay for pydantic and lxml.
    if name not in _API:
        raise AttributeError(f"module 'convert' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{_API[name]}"), name)
