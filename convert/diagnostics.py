"""Diagnostics as data: a stable code, a severity, a message and where it applies."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["info", "warning"]


class Diagnostic(BaseModel):
    """Something a user should know about how a document was read or interpreted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(description="Stable identifier of the kind of diagnostic, e.g. 'encoding-guessed'.")
    severity: Severity = Field(description="'warning' for something replaced or guessed; 'info' otherwise.")
    message: str = Field(description="What happened and what to do about it, in plain words.")
    span: tuple[int, int] | None = Field(
        default=None,
        description="[start, end) code-point offsets into the source text it concerns, if any.",
    )


class InputError(Exception):
    """The input cannot be converted (binary, too large, unreadable). Never a bug."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def warning(code: str, message: str, span: tuple[int, int] | None = None) -> Diagnostic:
    return Diagnostic(code=code, severity="warning", message=message, span=span)
