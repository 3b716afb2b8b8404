"""``python -m sample_docs.generator --seed N --count N --out DIR [--split train|dev|test|all] [--small]``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .corpus import clear_output, generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sample_docs.generator",
                                 description="Generate scanned German administrative mail with ground truth.")
    ap.add_argument("--seed", type=int, default=0, help="seed: the same seed gives the same corpus")
    ap.add_argument("--count", type=int, default=30, help="number of inputs (ignored with --small)")
    ap.add_argument("--out", type=Path, required=True, help="output folder (inbox/, truth/, cases.json)")
    ap.add_argument("--split", default="all", choices=["train", "dev", "test", "all"],
                    help="write only the inputs of this split (60/20/20 by input index)")
    ap.add_argument("--small", action="store_true",
                    help="the fixed committed set: every type, tier, format, batches, rejects")
    ap.add_argument("--workers", type=int, default=0, help="processes (default: all cores)")
    ap.add_argument("--clean", action="store_true", help="delete inbox/, truth/, cases.json in --out first")
    a = ap.parse_args(argv)
    if a.count < 1:
        ap.error("--count must be at least 1")
    if a.clean:
        clear_output(a.out)
    generate(a.out, seed=a.seed, count=a.count, split=a.split, small=a.small, workers=a.workers or None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
