from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"


def shared_dir(name: str) -> Path:
    """A folder of ../shared, or skip: a user's fresh clone does not have it."""
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"{path} not present")
    return path


def dev_texts() -> list[Path]:
    path = SHARED / "dev"
    return sorted(path.glob("*.txt")) if path.is_dir() else []


def all_texts() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + dev_texts()


def model_errors(data: bytes) -> list[str]:
    """Errors of a JSON record against the model the JSON Schema is generated from.

    Many records are checked this way: pydantic's validator does in well under a millisecond what
    jsonschema needs tens of milliseconds for.
    """
    from pydantic import ValidationError

    from convert.model import Document

    try:
        Document.model_validate_json(data)
    except ValidationError as err:
        return [f"at /{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in err.errors()[:5]]
    return []


# The fuzz target takes its example count from the profile: short by default, long with
# `pytest tests/test_fuzz.py --hypothesis-profile=fuzz`. Other property tests set their own.
from hypothesis import settings  # noqa: E402

settings.register_profile("default", max_examples=300)
settings.register_profile("fuzz", max_examples=50_000)
settings.load_profile("default")
