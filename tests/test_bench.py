"""Smoke tests of the benchmark harness (bench/): the measuring tools must measure what they
claim, or every figure in bench/README.md is wrong. The benchmark itself never runs here."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from bench import corpus
from bench.harness import REPO, BenchError, IntakeRun, RunResult, run_bare_tesseract, run_measured
from bench.run import (ORCHESTRATION, Report, Row, TARGETS, checks, idle_ppm, stage_breakdown,
                       startup_seconds)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _text_page(path: Path, words: str, dpi: int = 200, mode: str = "L") -> Path:
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new(mode, (w, h), 255 if mode == "L" else (255, 255, 255))
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, int(dpi / 6))
    for i in range(3):
        d.text((dpi, dpi + i * dpi // 2), words, fill=0 if mode == "L" else (0, 0, 0), font=font)
    im.save(path, dpi=(dpi, dpi))
    return path


def test_memory_of_the_whole_tree_counts_grandchildren(tmp_path):
    # the child starts a grandchild that holds ~150 MB; the child itself stays small
    code = textwrap.dedent("""
        import subprocess, sys
        subprocess.run([sys.executable, "-c",
                        "import time; b = bytearray(150 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); time.sleep(1.0)"],
                       check=True)
    """)
    res = run_measured([sys.executable, "-c", code], label="grandchild").check()
    assert res.peak_rss >= 150 * 1024 * 1024
    assert res.samples >= 5  # sampled every 50 ms over > 1 s
    assert res.cpu > 0.0


def test_a_fork_before_exec_is_not_counted_twice():
    # a child that is a plain fork of its parent (same command line) shares its parent's pages
    code = textwrap.dedent("""
        import os, time
        b = bytearray(200 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])
        pid = os.fork()
        time.sleep(1.0)
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
    """)
    res = run_measured([sys.executable, "-c", code], label="fork").check()
    assert 200 * 1024 * 1024 <= res.peak_rss < 300 * 1024 * 1024


def test_workers_forked_from_a_fork_server_are_counted(tmp_path):
    """Page workers fork from a multiprocessing fork server (pipeline.workerserver): they share
    its command line but live on and hold memory of their own, and the run's CPU time includes
    theirs."""
    script = tmp_path / "forked.py"
    script.write_text(textwrap.dedent("""
        import multiprocessing as mp, time
        from concurrent.futures import ProcessPoolExecutor

        def hold(mb):
            b = bytearray(mb * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])
            t = time.process_time()
            while time.process_time() - t < 0.6:
                pass
            time.sleep(0.6)
            return len(b)

        if __name__ == "__main__":
            with ProcessPoolExecutor(2, mp_context=mp.get_context("forkserver")) as pool:
                list(pool.map(hold, [150, 150]))
            from pipeline.workerserver import stop
            stop()  # what intake does at exit: the server's and its workers' CPU is then counted
    """), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    res = run_measured([sys.executable, str(script)], label="forkserver", env=env, timeout=120).check()
    assert res.peak_rss >= 300 * 1024 * 1024
    assert res.cpu >= 1.2


def test_a_failing_command_is_reported_with_its_output():
    res = run_measured([sys.executable, "-c", "import sys; print('disk full', file=sys.stderr); sys.exit(3)"],
                       label="failing step")
    assert res.returncode == 3
    with pytest.raises(BenchError, match="failing step.*exit code 3(.|\n)*disk full"):
        res.check()


def test_missing_program_says_how_to_install():
    with pytest.raises(BenchError, match="not found.*make bench"):
        run_measured(["/nonexistent/ocr-tool"], label="ocr tool")


def test_page_images_round_trip_through_an_image_only_pdf_is_lossless(tmp_path):
    a = _text_page(tmp_path / "a.png", "Antrag auf Wohngeld", dpi=200)
    b = _text_page(tmp_path / "b.png", "Hundesteuer Anmeldung", dpi=300, mode="RGB")
    imgs = [corpus.PageImage(a, 200.0, "a"), corpus.PageImage(b, 300.0, "b")]
    pdf = corpus.images_to_pdf(imgs, tmp_path / "s.pdf")
    back = corpus.page_images(pdf, tmp_path / "back")
    assert [round(p.dpi) for p in back] == [200, 300]
    for orig, got in zip(imgs, back):
        with Image.open(orig.path) as o, Image.open(got.path) as g:
            assert o.size == g.size
            assert ImageChops.difference(o.convert("RGB"), g.convert("RGB")).getbbox() is None


def test_long_pdf_has_every_page_and_its_own_objects(tmp_path):
    a = _text_page(tmp_path / "a.png", "Seite", dpi=150)
    pdf = corpus.images_to_pdf([corpus.PageImage(a, 150.0, "a")] * 3, tmp_path / "s.pdf",
                               jpeg_quality=80)
    long_pdf = corpus.repeat_pdf(pdf, 4, tmp_path / "l.pdf")
    assert corpus.pdf_page_count(long_pdf) == 12
    # each copy carries its own image objects, as a real scan of 12 sheets does
    assert long_pdf.stat().st_size > 3.5 * pdf.stat().st_size


def test_bare_tesseract_reads_every_image(tmp_path):
    imgs = [_text_page(tmp_path / f"p{i}.png", word, dpi=200)
            for i, word in enumerate(["Wohngeldantrag", "Gewerbeanmeldung"])]
    res, seconds = run_bare_tesseract(imgs, 2, tmp_path / "out")
    assert set(seconds) == {str(p) for p in imgs}
    texts = sorted(p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.txt"))
    assert any("Wohngeldantrag" in t for t in texts)
    assert any("Gewerbeanmeldung" in t for t in texts)
    assert res.wall > 0 and res.peak_rss > 0


def _run(wall: float) -> RunResult:
    return RunResult("intake", ["intake"], wall, 0, 300 * 1024 * 1024, 10, "", "", cpu=wall)


TIMINGS = {"receive": 0.1, "inspect": 0.1, "pages": 6.0, "page.load": 1.0, "page.cleanup": 2.0,
           "page.orientation": 0.5, "page.ocr": 6.0, "page.barcode": 0.5, "split": 0.0,
           "classify": 0.5, "store": 0.2, "route": 0.1, "finish": 0.1}


def test_startup_is_the_wall_time_outside_every_file_stage():
    one = IntakeRun(_run(10.0), [{"input": "a.pdf", "timings": TIMINGS}], [])
    # file stages: 0.1+0.1+6.0+0.0+0.5+0.2+0.1+0.1 = 7.1 s of the 10 s wall
    assert startup_seconds(one) == pytest.approx(2.9)


def test_stage_breakdown_shares_add_up_and_name_the_ocr():
    run = IntakeRun(_run(10.0), [{"input": "a.pdf", "timings": TIMINGS},
                                 {"input": "b.pdf", "timings": TIMINGS}], [])
    rows = stage_breakdown(run, pages=4, startup=2.0)
    by = {name: (v, share, note) for name, v, share, note in rows}
    assert by["OCR (tesseract)"][0] == pytest.approx(12.0)  # summed over both files
    assert by["OCR (tesseract)"][2] == "3.00 s/page"
    assert by[ORCHESTRATION][0] == pytest.approx(2.0)
    assert sum(share for _, _, share, _ in rows) == pytest.approx(1.0)
    assert max(rows, key=lambda r: r[1])[0] == "OCR (tesseract)"
    # timings without CPU parts (code from before they were measured): the wall time, named so
    assert by["classify + extract + checks (code before the split)"][0] == pytest.approx(1.0)
    assert "extract (fields, review rules)" not in by


def test_stage_breakdown_names_classification_extraction_and_the_second_readings_apart():
    parts = {"cpu.split": 0.01, "cpu.classify": 0.2, "cpu.extract": 0.3, "cpu.reading": 0.4,
             "cpu.verify": 0.05}
    run = IntakeRun(_run(10.0), [{"input": n, "timings": {**TIMINGS, **parts}} for n in ("a.pdf", "b.pdf")], [])
    by = {name: v for name, v, _, _ in stage_breakdown(run, pages=4, startup=2.0)}
    assert by["classify (document type)"] == pytest.approx(0.4)  # CPU, not the 0.5 s wall
    assert by["extract (fields, review rules)"] == pytest.approx(0.6)
    assert by["second reading of the routed values: tesseract"] == pytest.approx(0.8)
    assert by["second reading of the routed values: checks"] == pytest.approx(0.1)
    assert by["split (separator sheets; documents by content)"] == pytest.approx(0.02)
    # the CPU parts are not file stages of the main process: start-up stays the wall outside them
    one = IntakeRun(_run(10.0), [{"input": "a.pdf", "timings": {**TIMINGS, **parts}}], [])
    assert startup_seconds(one) == pytest.approx(2.9)


def test_idle_machine_estimate_uses_busy_cores_and_cpu_per_page():
    row = Row("x", pages=10, wall=100.0, peak_mb=1.0, cpu=20.0, running=1.5)
    assert idle_ppm(row, cores=2) == pytest.approx(60 * 1.5 / 2.0)
    # more busy processes than cores cannot run faster than the cores
    assert idle_ppm(Row("y", 10, 1.0, 1.0, cpu=20.0, running=3.0), cores=2) == pytest.approx(60.0)


def test_targets_name_the_miss():
    rep = Report(mode="quick", machine={}, started="", cores=2)
    rep.rows["l_long"] = Row("long", 300, 100.0, 900.0)
    rep.ratios = dict(TARGETS)
    rep.ratios["ours_vs_limit"] = 0.4
    rep.ratios["long_pdf_peak_mb"] = 1536.0
    rep.estimates = {"ours_vs_limit": 0.9}
    got = {label: (measured, est, ok) for label, _, measured, est, ok in checks(rep)}
    assert got["ours / bare tesseract, scanned pages"] == ("0.40 (missed by 50%)", "0.90", False)
    assert got["peak memory, 300-page PDF (MB)"] == ("1536 (over by 50%)", "", False)
    assert got["ours / OCRmyPDF plain (sample)"][2] is True


def test_profile_splits_tesseract_time_by_reading(tmp_path):
    """`python -m bench.profile` says where a scanned page's tesseract time goes: the page read
    carries nearly all of it, and the parts add up to the total it prints."""
    import re
    import subprocess

    page = _text_page(tmp_path / "brief.png", "Sehr geehrte Damen und Herren, Rechnung 2026", dpi=300)
    res = subprocess.run([sys.executable, "-m", "bench.profile", str(page), "--top", "3"],
                         capture_output=True, text=True, timeout=300,
                         cwd=Path(__file__).resolve().parents[1])
    assert res.returncode == 0, res.stderr
    head = re.search(r"1 pages \(library engine\): python\+opencv ([\d.]+) s CPU/page, tesseract "
                     r"([\d.]+) s CPU/page", res.stdout)
    assert head, res.stdout
    parts = dict((k.strip(), float(v)) for k, v in re.findall(r"^  (.+?)\s+([\d.]+) s CPU/page$",
                                                             res.stdout, re.M))
    assert set(parts) == {"page read", "up/down trial read (unsure pages)", "missed lines read again",
                          "weak lines read again (grey page)"}
    total = float(head.group(2))
    assert parts["page read"] > 0.05
    assert abs(sum(parts.values()) - total) <= 0.01 + 0.05 * total
