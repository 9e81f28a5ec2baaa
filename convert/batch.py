"""Batch conversion: find inputs, map them to outputs, convert in worker processes, write atomically.

Memory stays flat: inputs are discovered lazily, at most a few chunks are in flight, and a
worker returns only a small outcome (the outputs are written by the worker itself).
"""
from __future__ import annotations

import os
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain, islice
from pathlib import Path

TMP_PREFIX = ".text2tei-"
CHUNK = 16


@dataclass(frozen=True)
class Job:
    source: Path
    target: Path  # output path without extension, inside the output directory


@dataclass
class Outcome:
    path: str
    status: str  # ok | warning | failed
    outputs: list[str] = field(default_factory=list)
    diagnostics: list[dict] = field(default_factory=list)
    error: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class Settings:
    genre: str | None
    tei: object  # TeiOptions; kept untyped so this module imports nothing heavy


def jobs(paths: list[Path], out: Path) -> Iterator[Job]:
    """Inputs in a stable order; a directory's *.txt files mirror its tree under `out`."""
    seen: set[Path] | None = set() if len(paths) > 1 else None
    for path in paths:
        for source, rel in _inputs(path):
            job = Job(source, _inside(out, rel.with_suffix("")))
            if seen is not None:
                if job.target in seen:
                    yield Job(source, Path())  # collision: reported by run_job, never written
                    continue
                seen.add(job.target)
            yield job


def _inputs(path: Path) -> Iterator[tuple[Path, Path]]:
    if not path.is_dir():
        yield path, Path(path.name)
        return
    # followlinks=False: a symlink loop in an input directory cannot trap the walk.
    for top, dirs, files in os.walk(path, followlinks=False):
        dirs.sort()
        base = Path(top)
        for name in sorted(files):
            if name.endswith(".txt") and not name.startswith("."):
                yield base / name, (base / name).relative_to(path)


def _inside(out: Path, rel: Path) -> Path:
    """Keep every output under `out`, whatever the input names look like."""
    parts = [p for p in rel.parts if p not in ("", ".", "..") and not p.startswith("/")]
    return out.joinpath(*parts) if parts else out / "_"


def count(paths: list[Path]) -> int:
    return sum(1 for path in paths for _ in _inputs(path))


def remove_stale_temporaries(out: Path) -> None:
    """A run killed mid-write leaves dot-named temporaries; the next run clears them."""
    if not out.is_dir():
        return
    for top, _dirs, files in os.walk(out, followlinks=False):
        for name in files:
            if name.startswith(TMP_PREFIX) and name.endswith(".tmp"):
                Path(top, name).unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a dot-named temporary in the same directory, then rename: never a half file."""
    tmp = path.with_name(f"{TMP_PREFIX}{path.name}.{os.getpid()}.tmp")
    try:
        # os.open/os.write: a batch writes two files a document, and the buffered file object's
        # extra system calls (fstat, ioctl, lseek) are a measurable share of that.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC | getattr(os, "O_BINARY", 0), 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def run_job(settings: Settings, job: Job) -> Outcome:
    """Convert one file and write its outputs; every failure becomes an outcome, never an exception."""
    from .diagnostics import InputError

    from .reading import path_text

    shown = path_text(job.source)
    if job.target == Path():
        return Outcome(shown, "failed", error="another input maps to the same output name; rename one",
                       code="output-collision")
    try:
        return _convert_and_write(settings, job, shown)
    except InputError as err:
        return Outcome(shown, "failed", error=err.message, code=err.code)
    except OSError as err:
        return Outcome(shown, "failed", error=f"{err.strerror or err}", code="io-error")
    except Exception:  # a bug: keep the traceback, go on with the batch
        return Outcome(shown, "failed", error="internal error\n" + traceback.format_exc(), code="internal-error")


def _convert_and_write(settings: Settings, job: Job, shown: str) -> Outcome:
    from .pipeline import convert_decoded
    from .reading import decode, read_file

    decoded = decode(read_file(job.source))
    doc = convert_decoded(decoded, name=Path(shown).stem, genre=settings.genre, path=shown)
    tei, data, errors = _render(settings, doc)
    if errors:
        return Outcome(shown, "failed", error="output failed validation (a bug): " + "; ".join(errors[:3]),
                       code="invalid-output")
    _make_dir(job.target.parent)
    outputs = [job.target.with_name(job.target.name + ext) for ext in (".tei.xml", ".json")]
    for path, payload in zip(outputs, (tei, data)):
        atomic_write(path, payload)
    diags = [d.model_dump(exclude_none=True) for d in doc.diagnostics]
    status = "warning" if any(d.severity == "warning" for d in doc.diagnostics) else "ok"
    return Outcome(shown, status, [str(p) for p in outputs], diags)


def _render(settings: Settings, doc) -> tuple[bytes, bytes, list[str]]:
    """TEI and JSON of a document, and the TEI's validation errors."""
    from . import validation
    from .writing.json_out import write_json
    from .writing.tei import write_tei

    # The JSON is a dump of a document the model validated as it was built: valid by construction.
    # The TEI is written by our own code from that model, so each record is checked against the profile.
    tei, data = write_tei(doc, settings.tei), write_json(doc)
    return tei, data, validation.tei_errors(tei)


@lru_cache(maxsize=1)
def _make_dir(path: Path) -> None:
    # Inputs come directory by directory: one mkdir per output directory, not one per file.
    path.mkdir(parents=True, exist_ok=True)


def _warm_up(settings: Settings) -> None:
    """Import the pipeline and build the schema validators once, before workers are forked from this process."""
    from .pipeline import convert_text

    _render(settings, convert_text("Title\n\nA paragraph.", genre=settings.genre))


def run(settings: Settings, work: Iterable[Job], workers: int) -> Iterator[Outcome]:
    """Outcomes in input order, converting with `workers` processes."""
    convert_one = partial(run_job, settings)
    _make_dir.cache_clear()
    work = iter(work)
    first = list(islice(work, CHUNK))
    if workers <= 1 or len(first) < CHUNK:
        # A batch of less than one chunk is done before worker processes would have started.
        yield from map(convert_one, chain(first, work))
        return
    _warm_up(settings)
    yield from _ordered_parallel(convert_one, chain(first, work), workers)


def _ordered_parallel(fn: Callable[[Job], Outcome], work: Iterable[Job], workers: int) -> Iterator[Outcome]:
    pool = ProcessPoolExecutor(workers, initializer=_ignore_sigint)
    pending: deque = deque()
    it = iter(work)
    chunks = iter(lambda: list(islice(it, CHUNK)), [])
    try:
        for chunk in chunks:
            pending.append(pool.submit(_run_chunk, fn, chunk))
            if len(pending) >= workers * 4:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_chunk(fn: Callable[[Job], Outcome], chunk: list[Job]) -> list[Outcome]:
    return [fn(job) for job in chunk]


def _ignore_sigint() -> None:
    # Ctrl-C is handled once, by the parent, which then stops the pool cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
