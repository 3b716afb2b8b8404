"""Bare tesseract, the throughput limit: one tesseract process per core, ``OMP_THREAD_LIMIT=1``,
over a list of page images; prints ``{"seconds": {image: seconds}}`` as JSON.

    python -m bench.tesspool --jobs 2 --lang deu --out DIR --list images.txt
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def read_one(image: str, out_base: str, lang: str, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(["tesseract", image, out_base, "-l", lang, "--psm", "3", "txt"],
                          capture_output=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"tesseract failed on {image}: "
                         f"{proc.stderr.decode('utf-8', 'replace').strip()}")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--lang", default="deu")
    ap.add_argument("--out", required=True, help="folder for the text output")
    ap.add_argument("--list", required=True, help="file with one image path per line")
    args = ap.parse_args(argv)
    images = [ln.strip() for ln in Path(args.list).read_text(encoding="utf-8").splitlines()
              if ln.strip()]
    if not images:
        print(f"{args.list}: no images listed", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futs = {img: pool.submit(read_one, img, str(out / f"{i:05d}"), args.lang, env)
                for i, img in enumerate(images)}
        seconds = {img: f.result() for img, f in futs.items()}
    print(json.dumps({"seconds": seconds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
