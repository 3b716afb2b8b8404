"""Smoke tests of the benchmark harness (bench/): the measuring tools must measure what they
claim, or every figure in bench/README.md is wrong. The benchmark itself never runs here."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from bench import corpus
from bench.harness import BenchError, IntakeRun, RunResult, run_bare_tesseract, run_measured
from bench.run import Report, Row, TARGETS, checks, stage_breakdown

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


def test_stage_breakdown_accounts_for_every_core_second():
    timings = [{"input": "a.pdf", "timings": {
        "receive": 0.1, "inspect": 0.1, "pages": 6.0, "page.load": 1.0, "page.cleanup": 2.0,
        "page.orientation": 0.5, "page.ocr": 6.0, "page.barcode": 0.5, "split": 0.0,
        "classify": 0.5, "store": 0.2, "route": 0.1, "finish": 0.1}}]
    rows = stage_breakdown(IntakeRun(_run(10.0), timings, []), cores=2, pages=5)
    by = {name: v for name, v, _, _ in rows}
    assert by["OCR (tesseract)"] == pytest.approx(6.0)
    assert by["classify + extract"] == pytest.approx(0.5)
    # the main process spent 10 - 7.2 s outside every stage
    assert by["orchestration (start-up, imports, glue)"] == pytest.approx(2.9)
    assert sum(v for _, v, _, _ in rows) == pytest.approx(20.0)  # 10 s wall x 2 cores


def test_targets_name_the_miss():
    rep = Report(mode="quick", machine={}, started="", cores=2)
    rep.rows["l_long"] = Row("long", 300, 100.0, 900.0)
    rep.ratios = dict(TARGETS)
    rep.ratios["ours_vs_limit"] = 0.4
    rep.ratios["long_pdf_peak_mb"] = 1536.0
    got = {label: (measured, ok) for label, _, measured, ok in checks(rep)}
    assert got["ours / bare tesseract, scanned pages"] == ("0.40 (missed by 50%)", False)
    assert got["peak memory, 300-page PDF (MB)"] == ("1536 (over by 50%)", False)
    assert got["ours / OCRmyPDF plain (sample)"][1] is True
