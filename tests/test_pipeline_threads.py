"""`intake process` inspects several files at once in threads: pdfium must not crash the process."""

from concurrent.futures import ThreadPoolExecutor

from pipeline.load import inspect_input, load_page
from tests.makedocs import born_digital_invoice


def test_pdfs_inspected_and_loaded_from_many_threads_at_once(tmp_path, intake_settings):
    pdfs = [born_digital_invoice(tmp_path / f"r{i}.pdf") for i in range(8)]

    def work(i: int) -> tuple[int, int]:
        p = pdfs[i % len(pdfs)]
        info = inspect_input(p, intake_settings)
        page = load_page(p, 0, intake_settings)
        return info.page_count, len(page.text_words or [])

    with ThreadPoolExecutor(max_workers=6) as pool:
        out = list(pool.map(work, range(120)))
    assert all(n == 1 for n, _ in out)
    assert all(words > 20 for _, words in out)
