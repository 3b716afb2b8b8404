"""Benchmarks: throughput and memory (``python -m bench.run``) and OCR quality
(``bench/ocr_quality.py``). Benchmarks never run in the test suite."""
