"""Realistic scanned German administrative mail with ground truth (see sample_docs/README.md).

Public API: ``generate(out, seed=0, count=30, split="all", small=False, workers=None) -> dict``;
``render_input(plan)``, ``plan_random(seed, count)``, ``plan_small(seed)`` for finer control.
"""

from .corpus import generate, plan_random, plan_small, render_input

__all__ = ["generate", "plan_random", "plan_small", "render_input"]
