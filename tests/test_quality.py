"""Quality gate: per-label floors over the gold-labelled seeds and development documents.

The scorer and the development documents live in ../shared; without them (a user's fresh
clone) these tests are skipped. A drop below a floor fails the suite.
"""
import importlib.util

import pytest

from convert.cli import main

from .conftest import SEEDS, shared_dir

SEED_FLOOR = 1.0
DEV_MACRO_FLOOR = 0.95
DEV_LABEL_FLOORS = {
    "title": 0.9, "byline": 0.95, "heading": 0.9, "paragraph": 0.97, "caption": 0.9, "letterhead": 0.95,
    "dateline": 0.95, "address": 0.95, "salutation": 0.95, "closing": 0.95, "signature": 0.95,
    "postscript": 0.9,
}


def scorer():
    path = shared_dir(".") / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    assert main(["convert", str(SEEDS), "--out", str(out), "--quiet", "-j", "1"]) == 0
    return scorer().score(shared_dir("gold"), SEEDS, out)


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory):
    dev = shared_dir("dev")
    out = tmp_path_factory.mktemp("dev")
    assert main(["convert", str(dev), "--out", str(out), "--quiet", "-j", "1"]) == 0
    return scorer().score(dev, dev, out)


def test_seeds_every_block_right(seed_scores):
    assert seed_scores["block_accuracy"] == SEED_FLOOR
    assert seed_scores["genre_accuracy"] == 1.0
    assert all(label["f1"] == 1.0 for label in seed_scores["per_class"].values())


def test_dev_genres_all_right(dev_scores):
    assert dev_scores["genre_accuracy"] == 1.0


def test_dev_macro_f1(dev_scores):
    assert dev_scores["macro_f1"] >= DEV_MACRO_FLOOR


@pytest.mark.parametrize("label", sorted(DEV_LABEL_FLOORS))
def test_dev_label_floor(dev_scores, label):
    assert dev_scores["per_class"][label]["f1"] >= DEV_LABEL_FLOORS[label]
