"""Command line: a thin shell over the library. Heavy modules are imported only when needed."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WARNINGS, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

EPILOG = """\
exit status:
  0    every file converted (or valid)
  1    at least one file failed (or is invalid); the others were still processed
  2    usage error: bad option, missing input path, unwritable output directory
  3    warnings were reported and --fail-on warning was given
  130  interrupted (Ctrl-C); outputs written so far are complete

examples:
  text2tei convert seeds --out out
  text2tei convert letters/ --genre letter -j 4 --report report.json
  text2tei validate out/ --tei-all
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="text2tei", formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG,
        description="Convert plain-text news articles and letters into TEI P5 XML and JSON, "
                    "and validate such outputs.")
    parser.add_argument("--version", action="version", version=f"text2tei {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _convert_parser(commands)
    _validate_parser(commands)
    schema = commands.add_parser("schema", help="print the JSON Schema or the TEI profile (RELAX NG)")
    schema.add_argument("which", choices=["json", "tei"], help="json: document.schema.json; tei: text2tei.rng")
    cmif = commands.add_parser("cmif", help="export the correspondence metadata of converted letters as CMIF")
    cmif.add_argument("outdir", type=Path, help="directory of JSON outputs written by 'convert'")
    cmif.add_argument("-o", "--output", type=Path, required=True, help="CMIF file to write")
    cmif.add_argument("--publisher", default="text2tei user", help="publisher named in the CMIF header")
    cmif.add_argument("--url", default="https://example.org/cmif.xml", help="URL where the CMIF file will live")
    return parser


def _convert_parser(commands) -> None:
    p = commands.add_parser(
        "convert", help="convert .txt files to TEI and JSON",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG,
        description="Convert each input to OUT/<name>.tei.xml and OUT/<name>.json. Directories are searched "
                    "recursively for *.txt and their tree is mirrored under --out. Outputs are written "
                    "atomically and validated (TEI profile, JSON Schema) before they are written.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="input .txt files or directories")
    p.add_argument("--out", type=Path, default=Path("out"), help="output directory (default: out)")
    p.add_argument("--genre", choices=["auto", "article", "letter"], default="auto",
                   help="parse as this genre instead of detecting it (default: auto)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: all cores; fewer than 16 files are converted in this "
                        "process); the output is the same for any value")
    p.add_argument("--report", type=Path, help="write a JSON report: per file its status, diagnostics, outputs")
    p.add_argument("--fail-on", choices=["warning"], help="exit with 3 when any file has a warning")
    p.add_argument("--quiet", action="store_true", help="print only errors: no warnings, progress or summary")
    p.add_argument("--authority", help="depositing body named in the TEI header's publicationStmt")
    p.add_argument("--rights", help="rights statement for the TEI header's availability")
    p.add_argument("--availability", choices=["free", "restricted", "unknown"], default="unknown",
                   help="availability status in the TEI header (default: unknown)")


def _validate_parser(commands) -> None:
    p = commands.add_parser(
        "validate", help="validate .tei.xml and .json outputs",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG,
        description="Validate TEI files against the text2tei profile (or the official tei_all with --tei-all) "
                    "and JSON files against the JSON Schema. Directories are searched for *.tei.xml and *.json.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or directories")
    p.add_argument("--tei-all", action="store_true", help="validate TEI against the official tei_all schema")
    p.add_argument("--report", type=Path, help="write a JSON report of every file's result")
    p.add_argument("--quiet", action="store_true", help="print only invalid files")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "convert":
            return cmd_convert(args)
        if args.command == "validate":
            return cmd_validate(args)
        if args.command == "cmif":
            return cmd_cmif(args)
        return cmd_schema(args)
    except UsageProblem as err:
        print(f"text2tei: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("text2tei: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


class UsageProblem(Exception):
    pass


def _output_dir(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageProblem(f"cannot create output directory {out}: {err.strerror}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise UsageProblem(f"output directory {out} is not writable; choose another with --out")


def cmd_convert(args) -> int:
    from . import batch
    from .writing.header import TeiOptions

    if args.jobs < 1:
        raise UsageProblem("-j must be at least 1")
    _output_dir(args.out)
    batch.remove_stale_temporaries(args.out)
    tei = TeiOptions.from_env(authority=args.authority, availability=args.availability,
                              **({"rights": args.rights} if args.rights else {}))
    settings = batch.Settings(None if args.genre == "auto" else args.genre, tei)
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        raise UsageProblem(f"{missing[0]}: no such file or directory")
    return _run_convert(args, batch, settings)


def _run_convert(args, batch, settings) -> int:
    started = time.perf_counter()
    report = _report(args.report, "convert")
    bar = _progress(args.paths, args.quiet)
    try:
        for outcome in batch.run(settings, batch.jobs(args.paths, args.out), args.jobs):
            report.add(outcome)
            _print_outcome(outcome, args.quiet, bar)
            if bar:
                bar.update(1)
    except KeyboardInterrupt:
        _finish(bar, report, started, args.quiet, interrupted=True)
        return EXIT_INTERRUPTED
    _finish(bar, report, started, args.quiet)
    if report.failed:
        return EXIT_FAILED
    return EXIT_WARNINGS if args.fail_on == "warning" and report.warned else EXIT_OK


def _report(path: Path | None, command: str):
    from .report import Report

    try:
        return Report(path, command)
    except OSError as err:
        raise UsageProblem(f"cannot write the report {path}: {err.strerror}") from None


def _progress(paths: list[Path], quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    from .batch import count

    total = count(paths)
    return tqdm(total=total, unit="file", file=sys.stderr, leave=False) if total > 1 else None


def _print_outcome(outcome, quiet: bool, bar) -> None:
    lines = []
    if outcome.status == "failed":
        lines.append(f"text2tei: {outcome.path}: error: {outcome.error}")
    elif not quiet:
        lines += [f"text2tei: {outcome.path}: warning: {d['code']}: {d['message']}"
                  for d in outcome.diagnostics if d["severity"] == "warning"]
    for line in lines:
        (bar.write if bar else print)(line, file=sys.stderr)


def _finish(bar, report, started: float, quiet: bool, interrupted: bool = False) -> None:
    if bar:
        bar.close()
    elapsed = time.perf_counter() - started
    report.close(elapsed, interrupted)
    if not quiet or interrupted:
        head = "interrupted after" if interrupted else "converted"
        print(f"text2tei: {head} {report.converted} file(s) ({report.warned} with warnings), "
              f"{report.failed} failed, in {elapsed:.2f} s", file=sys.stderr)


def cmd_validate(args) -> int:
    from .validate_files import validate_paths

    report = _report(args.report, "validate")
    try:
        for outcome in validate_paths(args.paths, tei_all=args.tei_all):
            report.add(outcome)
            if outcome.status == "failed":
                print(f"{outcome.path}: invalid: {outcome.error}", file=sys.stderr)
    except FileNotFoundError as err:
        raise UsageProblem(f"{err.filename}: no such file or directory") from None
    report.close(0.0, False)
    if not args.quiet:
        print(f"text2tei: {report.converted} valid, {report.failed} invalid", file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK


def cmd_schema(args) -> int:
    if args.which == "json":
        from .schema import json_schema_text

        sys.stdout.write(json_schema_text())
    else:
        from .validation import schema_file

        sys.stdout.write(schema_file("text2tei.rng").read_text(encoding="utf-8"))
    return EXIT_OK


def cmd_cmif(args) -> int:
    from .cmif import write_cmif

    if not args.outdir.is_dir():
        raise UsageProblem(f"{args.outdir}: not a directory of JSON outputs")
    count = write_cmif(args.outdir, args.output, publisher=args.publisher, url=args.url)
    print(f"text2tei: wrote {count} letter(s) to {args.output}", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
