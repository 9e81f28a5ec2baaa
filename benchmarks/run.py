"""Benchmark of text2tei: per-document cost by stage, the floor, batch throughput, memory, scaling.

    python benchmarks/run.py [--quick] [--json PATH]

Measures, on the two seeds:
1. in-process time per document (median, p95) by stage: read (decode bytes), segment (lines,
   segments, units), classify (genre detection and the genre's rules), model (blocks, metadata,
   the pydantic Document, validated as it is built), TEI, JSON, validation (parsing the TEI and
   checking it against the profile RELAX NG), and the total that `convert` spends on one file
   apart from reading and writing it;
2. the floor: splitting the text on blank lines and serialising a minimal TEI tree (lxml) and
   a JSON list (json.dumps), and the ratio ours/floor;
3. CLI batch throughput (documents/s, MB/s) for seed-sized documents with -j1 and all cores,
   writing to disk and (where /dev/shm exists) to a RAM file system;
4. peak RSS of the CLI for two batch sizes, run with -j1 (all work in the CLI process): a fresh
   `python -c` wrapper runs the CLI as its only child and reports RUSAGE_CHILDREN.ru_maxrss, the
   largest resident set of any reaped process below it;
5. one document at 1x, 10x and 100x the article's size (the text repeated), in-process, in turns;
6. CLI start-up: `text2tei --help` and `text2tei convert` of one file.
The scaling figure repeats the article's text, so cue caches hit on the repeats: distinct text of
the same size costs somewhat more.
Caches of cue computations are cleared per document by the pipeline, so repeating one text
does not flatter the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

import convert
from convert import validation
from convert.genres import detect_genre, forget_document, parser_for, units_of
from convert.pipeline import convert_decoded
from convert.reading import decode, segment
from convert.writing.header import TeiOptions
from convert.writing.json_out import write_json
from convert.writing.tei import write_tei

REPO = Path(__file__).resolve().parents[1]
SEEDS = {"article": REPO / "seeds" / "000_ee1a75510fae5a10.txt", "letter": REPO / "seeds" / "002_837902ab38cc3b3a.txt"}
CLI = [str(Path(sys.executable).with_name("text2tei"))]
RAM_DISK = Path("/dev/shm")


def timed(fn, repeat: int) -> list[float]:
    return round_robin({"fn": fn}, repeat)["fn"]


def round_robin(parts: dict, repeat: int) -> dict[str, list[float]]:
    """Milliseconds of each call, the parts taking turns: a slow spell of the machine hits all alike."""
    for fn in parts.values():
        fn()
    out: dict[str, list[float]] = {name: [] for name in parts}
    for _ in range(repeat):
        for name, fn in parts.items():
            start = time.perf_counter()
            fn()
            out[name].append((time.perf_counter() - start) * 1000)
    return out


def summary(ms: list[float]) -> dict:
    ms = sorted(ms)
    return {"median_ms": round(statistics.median(ms), 3), "p95_ms": round(ms[int(len(ms) * 0.95) - 1], 3)}


def stages(data: bytes, repeat: int) -> dict:
    options = TeiOptions()
    decoded = decode(data)
    units = units_of(segment(decoded.text))
    doc = convert_decoded(decoded, name="bench", genre=None, path="bench.txt")
    tei = write_tei(doc, options)

    def classify():
        forget_document()
        parser_for(detect_genre(units)[0])(units)

    def whole():  # what `convert` does for one file, without the file writes
        d = convert_decoded(decode(data), name="bench", genre=None, path="bench.txt")
        t, j = write_tei(d, options), write_json(d)
        assert not validation.tei_errors(t)

    parts = {
        "read": lambda: decode(data),
        "segment": lambda: units_of(segment(decoded.text)),
        "classify": classify,
        "model+classify+segment": lambda: convert_decoded(decoded, name="bench", genre=None, path="bench.txt"),
        "tei": lambda: write_tei(doc, options),
        "json": lambda: write_json(doc),
        "validation": lambda: validation.tei_errors(tei),
        "total": whole,
        "floor": floor(decoded.text),
    }
    result = {name: summary(ms) for name, ms in round_robin(parts, repeat).items()}
    whole_parse = result.pop("model+classify+segment")["median_ms"]
    model = whole_parse - result["segment"]["median_ms"] - result["classify"]["median_ms"]
    result["model"] = {"median_ms": round(max(model, 0.0), 3), "p95_ms": None}
    return result


def floor(text: str):
    """Split on blank lines, a minimal TEI tree (lxml) and a JSON list: what any converter must do."""
    def run():
        blocks, pos = [], 0
        for part in text.split("\n\n"):
            blocks.append({"text": part.strip(), "span": [pos, pos + len(part)]})
            pos += len(part) + 2
        ns = "http://www.tei-c.org/ns/1.0"
        root = etree.Element(f"{{{ns}}}TEI", nsmap={None: ns})
        etree.SubElement(root, f"{{{ns}}}teiHeader")
        div = etree.SubElement(etree.SubElement(etree.SubElement(root, f"{{{ns}}}text"), f"{{{ns}}}body"), f"{{{ns}}}div")
        for block in blocks:
            etree.SubElement(div, f"{{{ns}}}p").text = block["text"]
        etree.tostring(root, encoding="UTF-8")
        json.dumps(blocks, ensure_ascii=False).encode()

    return run


def make_batch(folder: Path, count: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_bytes() for p in SEEDS.values()]
    size = 0
    for n in range(count):
        data = seeds[n % 2]
        (folder / f"doc{n:06d}.txt").write_bytes(data)
        size += len(data)
    return size


def throughput(tmp: Path, count: int) -> dict:
    """Documents/s of the CLI, writing to the temporary directory's disk and, where there is one,
    to a RAM file system: the difference is what creating two output files a document costs."""
    size = make_batch(tmp / "in", count)
    targets = {"disk": tmp / "out"}
    if RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK):
        targets["ram"] = RAM_DISK / f"text2tei-bench-{os.getpid()}"
    out = {}
    for where, outdir in targets.items():
        for jobs in (1, os.cpu_count() or 1):
            shutil.rmtree(outdir, ignore_errors=True)
            start = time.perf_counter()
            subprocess.run([*CLI, "convert", str(tmp / "in"), "--out", str(outdir), "-j", str(jobs), "--quiet"],
                           check=True)
            seconds = time.perf_counter() - start
            out[f"{where} -j{jobs}"] = {"docs_per_s": round(count / seconds), "mb_per_s": round(size / seconds / 1e6, 2),
                                        "seconds": round(seconds, 2)}
        shutil.rmtree(outdir, ignore_errors=True)
    return out


def peak_rss(tmp: Path, count: int) -> float:
    folder = tmp / f"rss{count}"
    make_batch(folder, count)
    wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    args = [*CLI, "convert", str(folder), "--out", str(tmp / f"rss{count}-out"), "-j", "1", "--quiet"]
    result = subprocess.run([sys.executable, "-c", wrapper, *args], check=True, capture_output=True, text=True)
    return round(int(result.stdout.split()[-1]) / 1024, 1)


def scaling(text: str, repeat: int) -> dict:
    """The three sizes timed in turns, so the ratio compares runs of the same spell of the machine."""
    sizes = {f"{factor}x": "\n\n".join([text] * factor) for factor in (1, 10, 100)}
    parts = {name: (lambda big=big: convert.write_tei(convert.convert_text(big))) for name, big in sizes.items()}
    out = {name: round(statistics.median(ms), 2) for name, ms in round_robin(parts, repeat).items()}
    out["100x/1x"] = round(out["100x"] / out["1x"], 1)
    return out


def startup(one_file: Path, tmp: Path, repeat: int) -> dict:
    def cli(*args):
        return lambda: subprocess.run([*CLI, *args], check=True, capture_output=True)

    return {"--help_s": round(statistics.median(timed(cli("--help"), repeat)) / 1000, 3),
            "convert_one_s": round(statistics.median(timed(cli("convert", str(one_file), "--out",
                                                                str(tmp / "one"), "--quiet"), repeat)) / 1000, 3)}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return {"platform": platform.platform(), "cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version()}


def run(quick: bool) -> dict:
    repeat = 30 if quick else 200
    results: dict = {"machine": machine(), "quick": quick, "per_document": {}, "floor": {}}
    for genre, path in SEEDS.items():
        results["per_document"][genre] = stages(path.read_bytes(), repeat)
        results["floor"][genre] = results["per_document"][genre].pop("floor")
        ratio = results["per_document"][genre]["total"]["median_ms"] / results["floor"][genre]["median_ms"]
        results["floor"][genre]["ours_over_floor"] = round(ratio, 1)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        results["batch"] = throughput(tmp / "batch", 400 if quick else 2000)
        small, large = (200, 2000) if quick else (1000, 10000)
        results["peak_rss_mb"] = {str(small): peak_rss(tmp, small), str(large): peak_rss(tmp, large)}
        results["scaling_ms"] = scaling(SEEDS["article"].read_text(encoding="utf-8"), 3 if quick else 9)
        results["startup"] = startup(SEEDS["letter"], tmp, 5 if quick else 15)
    results["targets"] = targets(results)
    return results


def targets(r: dict) -> dict:
    rss = list(r["peak_rss_mb"].values())
    return {
        "<= 2 ms per seed document (TEI, JSON, validation included)":
            max(r["per_document"][g]["total"]["median_ms"] for g in SEEDS) <= 2,
        "ours/floor <= 4": max(r["floor"][g]["ours_over_floor"] for g in SEEDS) <= 4,
        ">= 1,000 documents/s on all cores": r["batch"][f"disk -j{os.cpu_count() or 1}"]["docs_per_s"] >= 1000,
        "text2tei --help < 0.3 s": r["startup"]["--help_s"] < 0.3,
        "peak RSS flat (larger batch within 10%)": rss[1] <= rss[0] * 1.1,
        "100x input within 120x time": r["scaling_ms"]["100x/1x"] <= 120,
    }


def show(r: dict) -> None:
    m = r["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}, {m['platform']}")
    print("\nper document, in-process (ms)      median      p95")
    for genre, parts in r["per_document"].items():
        for stage, v in parts.items():
            p95 = f"{v['p95_ms']:8.3f}" if v["p95_ms"] is not None else "       -"
            print(f"  {genre:8s} {stage:24s} {v['median_ms']:8.3f} {p95}")
    for genre, v in r["floor"].items():
        print(f"  {genre:8s} floor (split + lxml + json) {v['median_ms']:8.3f}   ours/floor {v['ours_over_floor']}")
    print("\nbatch:", json.dumps(r["batch"]))
    print("peak RSS (MB):", json.dumps(r["peak_rss_mb"]))
    print("scaling (ms):", json.dumps(r["scaling_ms"]))
    print("start-up (s):", json.dumps(r["startup"]))
    print("\ntargets:")
    for name, ok in r["targets"].items():
        print(f"  {'PASS' if ok else 'MISS'}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and smaller batches (< 30 s)")
    parser.add_argument("--json", type=Path, default=REPO / "benchmarks" / "results" / "latest.json",
                        help="where to write the results as JSON")
    args = parser.parse_args()
    results = run(args.quick)
    show(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
