"""The benchmark measures the real pipeline: its stages run on the seeds and name every stage.
No timing is asserted here; the figures belong to benchmarks/run.py and the README."""
import importlib.util
import os
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", ["article", "letter"])
def test_stages_cover_the_pipeline_and_the_floor(bench, seed):
    got = bench.stages(bench.SEEDS[seed].read_bytes(), repeat=2)
    assert set(got) == {"read", "segment", "classify", "model", "tei", "json", "validation", "total", "floor"}
    assert all(v["median_ms"] >= 0 for v in got.values())


def test_peak_rss_of_a_small_batch_is_read_from_the_child(bench, tmp_path):
    assert bench.peak_rss(tmp_path, 3) > 10  # megabytes: a Python process with lxml loaded


def test_targets_report_each_goal_met_or_missed(bench):
    def results(ms, ratio, docs_per_s, rss_large):
        return {"per_document": {s: {"total": {"median_ms": ms}} for s in bench.SEEDS},
                "floor": {s: {"ours_over_floor": ratio} for s in bench.SEEDS},
                "batch": {f"disk -j{os.cpu_count() or 1}": {"docs_per_s": docs_per_s}},
                "startup": {"--help_s": 0.1}, "peak_rss_mb": {"1000": 40.0, "10000": rss_large},
                "scaling_ms": {"100x/1x": 90.0}}
    assert all(bench.targets(results(1.0, 3.0, 1200, 40.5)).values())
    missed = [name for name, met in bench.targets(results(2.5, 9.6, 380, 60.0)).items() if not met]
    assert len(missed) == 4 and all(name.startswith(("<= 2 ms", "ours/floor", ">= 1,000", "peak RSS")) for name in missed)
