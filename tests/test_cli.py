"""The command line: exit codes, messages, outputs, reports, atomic writes and batches."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from convert.cli import main

from .conftest import REPO, SEEDS

LETTER = "Dear Julia,\n\nThank you for the books you sent last week with your kind letter.\n\nYours truly,\n\nJohn Smith\n"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "convert", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env={**os.environ, "PYTHONPATH": str(REPO)})


def test_help_explains_commands_and_exit_codes(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["convert", "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    for text in ("--out", "--genre", "--report", "--fail-on", "exit status", "130"):
        assert text in out


def test_convert_seeds_writes_both_outputs(tmp_path, capsys):
    assert main(["convert", str(SEEDS), "--out", str(tmp_path), "-j", "1"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["000_ee1a75510fae5a10.json", "000_ee1a75510fae5a10.tei.xml",
                     "002_837902ab38cc3b3a.json", "002_837902ab38cc3b3a.tei.xml"]
    err = capsys.readouterr().err
    assert "converted 2 file(s) (0 with warnings), 0 failed" in err


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    assert main(["convert", str(tmp_path / "nope.txt"), "--out", str(tmp_path)]) == 2
    assert "nope.txt: no such file or directory" in capsys.readouterr().err


def test_bad_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["convert", "x", "--genre", "poem"])
    assert exit_.value.code == 2


def test_unwritable_output_directory_is_a_usage_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["convert", str(SEEDS), "--out", str(blocker / "sub")]) == 2
    assert "cannot create output directory" in capsys.readouterr().err


def test_one_bad_file_does_not_stop_the_batch(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(LETTER)
    (src / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (src / "c.txt").write_text(LETTER)
    report = tmp_path / "report.json"
    assert main(["convert", str(src), "--out", str(tmp_path / "out"), "--report", str(report), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert f"text2tei: {src / 'b.txt'}: error: binary data (NUL byte at offset 8); not a text file" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "a.tei.xml", "c.json", "c.tei.xml"]
    data = json.loads(report.read_text())
    assert [(f["path"].rsplit("/", 1)[-1], f["status"]) for f in data["files"]] == [
        ("a.txt", "ok"), ("b.txt", "failed"), ("c.txt", "ok")]
    assert data["summary"]["failed"] == 1 and data["files"][1]["code"] == "binary"


def test_warnings_and_fail_on_warning(tmp_path, capsys):
    src = tmp_path / "latin.txt"
    src.write_bytes("Caf\xe9 society met again on Tuesday evening in the town.".encode("cp1252"))
    assert main(["convert", str(src), "--out", str(tmp_path / "o")]) == 0
    assert "warning: encoding-guessed" in capsys.readouterr().err
    assert main(["convert", str(src), "--out", str(tmp_path / "o"), "--fail-on", "warning"]) == 3


def test_quiet_prints_nothing_on_success(tmp_path, capsys):
    assert main(["convert", str(SEEDS), "--out", str(tmp_path), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")


def test_tree_is_mirrored_and_stays_inside_out(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "x.txt").write_text(LETTER)
    (src / "ignored.md").write_text("not text input")
    assert main(["convert", str(src), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*")) == [
        "sub", "sub/x.json", "sub/x.tei.xml"]


def test_symlink_loop_and_symlinked_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (tmp_path / "real.txt").write_text(LETTER)
    (src / "link.txt").symlink_to(tmp_path / "real.txt")
    (src / "loop").symlink_to(src)
    assert main(["convert", str(src), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["link.json", "link.tei.xml"]


def test_two_inputs_with_one_output_name_are_an_error(tmp_path, capsys):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "same.txt").write_text(LETTER)
    code = main(["convert", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out")])
    assert code == 1
    assert "another input maps to the same output name" in capsys.readouterr().err


def test_stale_temporaries_are_removed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".text2tei-x.json.123.tmp"
    stale.write_text("half")
    assert main(["convert", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    assert not stale.exists()


def test_output_is_identical_with_one_and_two_workers(tmp_path):
    src, one, two = tmp_path / "in", tmp_path / "one", tmp_path / "two"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for n in range(40):  # more than a chunk, so two workers do start
        (src / f"doc{n:02}.txt").write_bytes(seeds[n % len(seeds)].read_bytes())
    assert run("convert", src, "--out", one, "-j", "1", "--quiet").returncode == 0
    assert run("convert", src, "--out", two, "-j", "2", "--quiet").returncode == 0
    assert len(list(one.iterdir())) == 80
    for path in one.iterdir():
        assert path.read_bytes() == (two / path.name).read_bytes()


def test_committed_out_is_up_to_date(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)  # the JSON records the input path as given: "seeds/..."
    assert main(["convert", "seeds", "--out", str(tmp_path), "--quiet"]) == 0
    committed = REPO / "out"
    assert sorted(p.name for p in committed.iterdir()) == sorted(p.name for p in tmp_path.iterdir())
    for path in tmp_path.iterdir():
        assert path.read_bytes() == (committed / path.name).read_bytes(), f"out/{path.name} is stale"


def test_killed_batch_leaves_only_complete_outputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(300):
        (src / f"doc{n:03}.txt").write_text(LETTER * 20)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "convert", "convert", str(src), "--out", str(out), "-j", "2",
                             "--quiet"], env={**os.environ, "PYTHONPATH": str(REPO)}, start_new_session=True)
    deadline = time.time() + 30
    while time.time() < deadline and len(list(out.glob("*.json"))) < 20:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    for path in out.glob("*.json"):
        json.loads(path.read_text())
    assert all(p.name.startswith(".text2tei-") for p in out.iterdir() if not p.name.startswith("doc"))
    assert run("convert", src, "--out", out, "-j", "2", "--quiet").returncode == 0
    assert len(list(out.glob("*.tei.xml"))) == 300 and not list(out.glob(".*"))


def test_ctrl_c_stops_with_a_summary(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(2000):
        (src / f"doc{n:04}.txt").write_text(LETTER * 20)
    proc = subprocess.Popen([sys.executable, "-m", "convert", "convert", str(src), "--out", str(tmp_path / "out"),
                             "-j", "2"], env={**os.environ, "PYTHONPATH": str(REPO)}, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.time() + 30
    while time.time() < deadline and len(list((tmp_path / "out").glob("*.json"))) < 10:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted after" in err and "Traceback" not in err


def test_validate_command(tmp_path, capsys):
    assert main(["convert", str(SEEDS), "--out", str(tmp_path), "--quiet"]) == 0
    assert main(["validate", str(tmp_path)]) == 0
    assert "4 valid, 0 invalid" in capsys.readouterr().err
    tei = next(tmp_path.glob("*.tei.xml"))
    tei.write_text(tei.read_text().replace("<p ", "<p><foo/></p><p ", 1))
    js = next(tmp_path.glob("*.json"))
    js.write_text(js.read_text().replace('"type": "paragraph"', '"type": "poem"', 1))
    report = tmp_path / "r.json"
    assert main(["validate", str(tmp_path), "--report", str(report)]) == 1
    err = capsys.readouterr().err
    assert f"{tei}: invalid: line " in err and f"{js}: invalid: " in err
    assert json.loads(report.read_text())["summary"]["failed"] == 2


def test_validate_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "none")]) == 2


def test_schema_command(capsys):
    assert main(["schema", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["$schema"].endswith("2020-12/schema")
    assert main(["schema", "tei"]) == 0
    assert "relaxng" in capsys.readouterr().out


def test_python_dash_m_is_the_same_command():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("text2tei ")


def test_validate_refuses_entity_tricks(tmp_path, capsys):
    bomb = tmp_path / "bomb.tei.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><t>&b;</t>')
    xxe = tmp_path / "xxe.tei.xml"
    xxe.write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><t>&x;</t>')
    assert main(["validate", str(bomb), str(xxe)]) == 1
    err = capsys.readouterr().err
    assert err.count("DOCTYPE declarations are not allowed") == 2 and "root:" not in err


class FakeTerminal:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_only(tmp_path, monkeypatch, capsys):
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["convert", str(SEEDS), "--out", str(tmp_path / "a"), "-j", "1"]) == 0
    assert "/2 [" in "".join(terminal.parts) and "file/s" in "".join(terminal.parts)
    terminal.parts.clear()
    assert main(["convert", str(SEEDS), "--out", str(tmp_path / "b"), "-j", "1", "--quiet"]) == 0
    assert terminal.parts == []


def test_odd_file_names(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in (b"bad\xff name.txt", b"-dash.txt", b"new\nline.txt"):
        with open(os.path.join(os.fsencode(src), name), "wb") as fh:
            fh.write(LETTER.encode())
    out = tmp_path / "out"
    assert main(["convert", str(src), "--out", str(out), "--quiet"]) == 0
    records = [json.loads(p.read_text()) for p in sorted(out.glob("*.json"))]
    assert sorted(r["id"] for r in records) == ["-dash", "bad\ufffd name", "new\nline"]
    assert main(["validate", str(out), "--quiet"]) == 0


def test_report_in_a_missing_directory_is_a_usage_error(tmp_path, capsys):
    code = main(["convert", str(SEEDS), "--out", str(tmp_path / "out"), "--report", str(tmp_path / "no" / "r.json")])
    assert code == 2
    assert "cannot write the report" in capsys.readouterr().err


def test_output_failing_validation_is_an_error_and_is_not_written(tmp_path, monkeypatch, capsys):
    from convert.writing import tei

    real = tei.write_tei
    monkeypatch.setattr(tei, "write_tei", lambda doc, options: real(doc, options).replace(b"<p ", b"<para ", 1))
    (tmp_path / "a.txt").write_text("Title\n\nOne paragraph of text.\n", encoding="utf-8")
    report = tmp_path / "report.json"
    assert main(["convert", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--report", str(report)]) == 1
    (entry,) = json.loads(report.read_text())["files"]
    assert entry["code"] == "invalid-output" and "line " in entry["error"]
    assert not (tmp_path / "out" / "a.tei.xml").exists() and not (tmp_path / "out" / "a.json").exists()
