"""``intake train``: train the document type classifier and choose the thresholds, reproducibly.

Training data:

* corpus folders made by ``python -m sample_docs.generator`` — ``truth/<input>.json`` (documents with
  their pages, type and fields; ``meta.split`` = train/dev/test; ``meta.tier``) and
  ``truth/<input>.words.json`` (the drawn words with boxes per page);
* optionally the caseworkers' corrections (``corrections.jsonl`` written by the review app: one JSON
  object per approved document with ``doc_type``, ``fields`` and ``pages`` or ``text``). They always go
  into the training split.

The textcat is trained on the train split with OCR-like noise added to the words (character confusions,
dropped and merged words), the rules/model mix is chosen on the dev split, and the final figures are
measured on the test split. Everything is seeded: the same inputs and seed give the same model.

Output (``out_dir``, by default ``classifiers/models``): ``textcat/`` (spaCy pipeline) and ``meta.json``
(version, sha256 of the model files, training counts, mix, metrics).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pipeline.model import Page, Word

MODEL_VERSION = 1


@dataclass
class Sample:
    name: str
    doc_type: str
    pages: list[Page]
    fields: dict[str, str]
    split: str = "train"
    tier: str = "clean"
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)


# -- reading the corpus ----------------------------------------------------------------------------

def _truth_dirs(corpus_dir: Path) -> list[Path]:
    if (corpus_dir / "truth").is_dir():
        return [corpus_dir / "truth"]
    if any(corpus_dir.glob("*.words.json")):
        return [corpus_dir]
    return sorted({p.parent for p in corpus_dir.rglob("*.words.json")})


def _pages_from_words(data: Any) -> list[Page]:
    pages = data.get("pages", []) if isinstance(data, dict) else data
    return [Page.from_ocr_json(p) for p in pages]


def load_corpus(corpus_dirs: Iterable[Path]) -> list[Sample]:
    """Every processed document of every truth file under ``corpus_dirs``."""
    out: list[Sample] = []
    for cdir in corpus_dirs:
        cdir = Path(cdir)
        if not cdir.exists():
            raise FileNotFoundError(f"corpus folder {cdir} does not exist: generate one with "
                                    f"'python -m sample_docs.generator --count 300 --out {cdir}'")
        for tdir in _truth_dirs(cdir):
            for wpath in sorted(tdir.glob("*.words.json")):
                tpath = wpath.with_name(wpath.name[: -len(".words.json")] + ".json")
                if not tpath.is_file():
                    continue
                truth = json.loads(tpath.read_text(encoding="utf-8"))
                if truth.get("status") != "processed" or truth.get("duplicate_of"):
                    continue
                pages = {p.page: p for p in _pages_from_words(json.loads(wpath.read_text(encoding="utf-8")))}
                meta = truth.get("meta") or {}
                for i, d in enumerate(truth.get("documents", [])):
                    pgs = [pages[n] for n in d.get("pages", []) if n in pages]
                    if not pgs:
                        continue
                    out.append(Sample(name=f"{truth.get('input', tpath.stem)}#{i + 1}", doc_type=d["doc_type"],
                                      pages=pgs, fields=dict(d.get("fields") or {}),
                                      split=meta.get("split", "train"), tier=meta.get("tier", "clean"),
                                      meta=meta))
    return out


def load_corrections(path: Path) -> list[Sample]:
    """Caseworker corrections (JSON lines); a line that is not valid JSON is reported with its number."""
    out: list[Sample] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}, line {n}: not valid JSON ({exc.msg}); fix or delete that line") from None
        if "doc_type" not in rec:
            raise ValueError(f"{path}, line {n}: no 'doc_type'; every correction needs the confirmed type")
        if rec.get("pages"):
            pages = _pages_from_words(rec["pages"])
        else:
            lines = str(rec.get("text", "")).splitlines()
            pages = [Page(page=1, width=2480, height=3508, words=[
                Word(text=w, confidence=1.0, bbox=(100.0 + 60 * j, 100.0 + 50 * i, 150.0 + 60 * j, 140.0 + 50 * i),
                     line=i) for i, ln in enumerate(lines) for j, w in enumerate(ln.split())])]
        out.append(Sample(name=rec.get("document_id", f"correction-{n}"), doc_type=rec["doc_type"], pages=pages,
                          fields={k: str(v) for k, v in (rec.get("fields") or {}).items()}, split="train",
                          tier="correction"))
    return out


# -- OCR-like noise --------------------------------------------------------------------------------

_CONFUSIONS = [("rn", "m"), ("m", "rn"), ("e", "c"), ("c", "e"), ("l", "1"), ("1", "l"), ("0", "O"), ("O", "0"),
               ("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "B"), ("i", "l"), ("h", "b"), ("5", "S"), ("8", "B"),
               (",", "."), (".", ","), ("u", "n"), ("n", "u"), ("I", "l")]


def noisy_text(text: str, rng: random.Random, level: float = 0.05) -> str:
    """``text`` as a mediocre OCR pass might read it: confusions, dropped and merged words."""
    out_lines = []
    for line in text.splitlines():
        words = line.split()
        out: list[str] = []
        for w in words:
            r = rng.random()
            if r < level * 0.4:
                continue  # dropped
            if rng.random() < level:
                a, b = rng.choice(_CONFUSIONS)
                if a in w:
                    w = w.replace(a, b, 1)
            if out and rng.random() < level * 0.3:
                out[-1] = out[-1] + w  # merged
            else:
                out.append(w)
        out_lines.append(" ".join(out))
    return "\n".join(out_lines)


def noisy_pages(pages: list[Page], rng: random.Random, level: float = 0.05) -> list[Page]:
    """Pages whose word texts carry OCR-like noise and lower confidences (boxes unchanged)."""
    out = []
    for p in pages:
        words = []
        for w in p.words:
            text = w.text
            conf = 0.9 + 0.09 * rng.random()
            if rng.random() < level:
                a, b = rng.choice(_CONFUSIONS)
                if a in text:
                    text = text.replace(a, b, 1)
                    conf = 0.4 + 0.4 * rng.random()
            words.append(Word(text=text, confidence=conf, bbox=w.bbox, line=w.line, block=w.block))
        out.append(Page(page=p.page, width=p.width, height=p.height, words=words, kind=p.kind,
                        source=p.source))
    return out


# -- training ----------------------------------------------------------------------------------------

def _make_nlp(labels: list[str]):
    import spacy

    nlp = spacy.blank("de")
    tc = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
        "no_output_layer": False, "length": 2 ** 16, "nO": None}})
    for lab in labels:
        tc.add_label(lab)
    return nlp


def _examples(nlp, texts_labels: list[tuple[str, str]], labels: list[str]):
    from spacy.training import Example

    out = []
    for text, lab in texts_labels:
        doc = nlp.make_doc(text)
        out.append(Example.from_dict(doc, {"cats": {k: float(k == lab) for k in labels}}))
    return out


def train_textcat(train: list[Sample], seed: int = 0, epochs: int = 12, augment: int = 2):
    from spacy.util import fix_random_seed, minibatch

    from classifiers.doctypes import taxonomy

    labels = list(taxonomy().doc_types)
    fix_random_seed(seed)
    rng = random.Random(seed)
    data: list[tuple[str, str]] = []
    for s in train:
        data.append((s.text, s.doc_type))
        for _ in range(augment):
            data.append((noisy_text(s.text, rng, level=rng.choice([0.03, 0.08, 0.15])), s.doc_type))
    nlp = _make_nlp(labels)
    examples = _examples(nlp, data, labels)
    nlp.initialize(lambda: examples)
    losses: dict[str, float] = {}
    for _ in range(epochs):
        rng.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, drop=0.2, losses=losses)
    return nlp, losses


# -- evaluation helpers ------------------------------------------------------------------------------

def _type_predictions(samples: list[Sample], nlp, noise: float = 0.0, seed: int = 0
                      ) -> list[tuple[Sample, dict[str, float], dict[str, float]]]:
    """Model and rule scores per sample; ``noise`` > 0 reads the words through OCR-like noise first."""
    from classifiers.classify import model_scores, rule_scores, title_text

    rng = random.Random(seed)
    out = []
    for s in samples:
        pages = noisy_pages(s.pages, rng, noise) if noise else s.pages
        text = "\n".join(p.text for p in pages)
        ms = model_scores(nlp, text) if nlp is not None else {}
        rs = rule_scores(text, title_text(pages))
        out.append((s, ms, rs))
    return out


def choose_mix(preds, grid_w=(0.3, 0.4, 0.5, 0.6, 0.7), grid_t=(1.0, 1.5, 2.5, 4.0), grid_f=(2.0, 3.0, 4.0)):
    """The rules/model mix with the best dev accuracy, then the lowest log loss."""
    import math

    from classifiers.classify import combine

    best = None
    for w in grid_w:
        for t in grid_t:
            for f in grid_f:
                mix = {"w_model": w, "rule_temperature": t, "rule_floor": f}
                correct, loss = 0, 0.0
                for s, ms, rs in preds:
                    sc = combine(ms, rs, mix)
                    top = max(sc, key=sc.get)
                    correct += top == s.doc_type
                    loss -= math.log(max(1e-6, sc.get(s.doc_type, 0.0)))
                key = (correct, -loss)
                if best is None or key > best[0]:
                    best = (key, mix)
    if best is None:
        return None
    mix = best[1]
    # calibration: one exponent on the mixed distribution, fitted for the lowest dev log loss
    best_a = None
    for a in (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0):
        m = {**mix, "sharpen": a}
        loss = 0.0
        for s, ms, rs in preds:
            loss -= math.log(max(1e-6, combine(ms, rs, m).get(s.doc_type, 0.0)))
        if best_a is None or loss < best_a[0]:
            best_a = (loss, a)
    mix["sharpen"] = best_a[1]
    return mix


def type_report(preds, mix) -> dict[str, Any]:
    from classifiers.classify import combine

    n = len(preds)
    rows = []
    for s, ms, rs in preds:
        sc = combine(ms, rs, mix)
        top = max(sc, key=sc.get)
        rows.append((top == s.doc_type, sc[top], s, top))
    acc = sum(r[0] for r in rows) / n if n else 0.0
    # precision of the documents whose confidence clears each threshold
    by_threshold = {}
    for th in (0.5, 0.6, 0.7, 0.8, 0.9):
        kept = [r for r in rows if r[1] >= th]
        by_threshold[str(th)] = {"kept": len(kept), "precision": (sum(r[0] for r in kept) / len(kept)) if kept else None}
    errors = [f"{r[2].name}: {r[2].doc_type} -> {r[3]} ({r[1]:.2f})" for r in rows if not r[0]][:20]
    return {"n": n, "accuracy": acc, "by_threshold": by_threshold, "errors": errors}


def field_report(samples: list[Sample], noise: float = 0.0, seed: int = 0) -> dict[str, Any]:
    """Field precision/recall/F1 per tier, extracting with the TRUE type from the truth words."""
    from classifiers.doctypes import taxonomy
    from classifiers.extract import extract_fields
    from classifiers.normalize import same_value

    tax = taxonomy()
    rng = random.Random(seed)
    per: dict[str, dict[str, int]] = {}
    per_field: dict[str, dict[str, int]] = {}
    misses: list[str] = []
    for s in samples:
        pages = noisy_pages(s.pages, rng, noise) if noise else s.pages
        got = extract_fields(pages, s.doc_type)
        for tier in (s.tier, "all"):
            c = per.setdefault(tier, {"tp": 0, "fp": 0, "fn": 0})
            for name in tax.doc_types[s.doc_type].fields:
                truth, pred = s.fields.get(name), got.get(name)
                kind = tax.kind(name)
                fc = per_field.setdefault(name, {"tp": 0, "fp": 0, "fn": 0}) if tier == "all" else None
                if truth is not None and pred is not None and same_value(kind, truth, pred.value):
                    c["tp"] += 1
                    if fc is not None:
                        fc["tp"] += 1
                else:
                    if pred is not None:
                        c["fp"] += 1
                        if fc is not None:
                            fc["fp"] += 1
                    if truth is not None:
                        c["fn"] += 1
                        if fc is not None:
                            fc["fn"] += 1
                    if tier == "all" and (truth or pred) and len(misses) < 60:
                        misses.append(f"{s.name} {name}: truth={truth!r} got={pred.value if pred else None!r}")

    def prf(c):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                **c}

    return {"by_tier": {k: prf(v) for k, v in per.items()}, "by_field": {k: prf(v) for k, v in per_field.items()},
            "misses": misses}


def routing_report(samples: list[Sample], settings=None, noise: float = 0.0, seed: int = 0) -> dict[str, Any]:
    """Straight-through rate and routed precision of ``analyse_document`` on the samples."""
    from classifiers import analyse_document
    from classifiers.doctypes import taxonomy
    from classifiers.normalize import same_value
    from pipeline.settings import load_settings

    settings = settings or load_settings(env={})
    tax = taxonomy()
    rng = random.Random(seed)
    routed = right = type_ok = 0
    reasons: dict[str, int] = {}
    for s in samples:
        pages = noisy_pages(s.pages, rng, noise) if noise else s.pages
        doc = analyse_document(pages, settings)
        type_ok += doc.doc_type == s.doc_type
        if doc.status == "routed":
            routed += 1
            ok = doc.doc_type == s.doc_type and all(
                name in doc.fields and same_value(tax.kind(name), s.fields.get(name, ""), doc.fields[name].value)
                for name in tax.doc_types[s.doc_type].required if name in s.fields)
            right += ok
        for r in doc.reasons:
            key = r.split("(")[0].strip()
            reasons[key] = reasons.get(key, 0) + 1
    n = len(samples)
    return {"n": n, "type_accuracy": type_ok / n if n else 0.0, "straight_through": routed / n if n else 0.0,
            "routed_precision": right / routed if routed else None,
            "review_reasons": dict(sorted(reasons.items(), key=lambda kv: -kv[1])[:15])}


# -- the command ----------------------------------------------------------------------------------------

def _hash_dir(path: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        h.update(str(f.relative_to(path)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def train(corpus_dirs: list[Path], out_dir: Path, seed: int = 0, corrections: Path | None = None,
          epochs: int = 12) -> dict[str, Any]:
    """Train on the train split (+ corrections), tune on dev, measure on test; write the model."""
    samples = load_corpus(corpus_dirs)
    if corrections is not None:
        samples += load_corrections(Path(corrections))
    by_split = {k: [s for s in samples if s.split == k] for k in ("train", "dev", "test")}
    if not by_split["train"]:
        raise ValueError(f"no training documents found under {', '.join(map(str, corpus_dirs))}: "
                         f"expected truth/<input>.json and truth/<input>.words.json with meta.split=train")
    nlp, losses = train_textcat(by_split["train"], seed=seed, epochs=epochs)
    dev = by_split["dev"] or by_split["train"]
    # the mix is chosen on the dev split read clean AND through heavy OCR-like noise: generated text is
    # easier than real mail, and the rules must keep a say (grid_w stops at 0.7) for layouts the model
    # has never seen
    dev_clean = _type_predictions(dev, nlp)
    dev_noisy = _type_predictions(dev, nlp, noise=0.25, seed=seed + 1)
    mix = choose_mix(dev_clean + dev_noisy)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tc_dir = out_dir / "textcat"
    nlp.to_disk(tc_dir)
    metrics: dict[str, Any] = {"counts": {k: len(v) for k, v in by_split.items()}, "final_loss": losses,
                               "dev_type": type_report(dev_clean, mix),
                               "dev_type_noisy": type_report(dev_noisy, mix)}
    if by_split["test"]:
        metrics["test_type"] = type_report(_type_predictions(by_split["test"], nlp), mix)
        metrics["test_type_noisy"] = type_report(_type_predictions(by_split["test"], nlp, noise=0.25,
                                                                   seed=seed + 2), mix)
        metrics["test_type_model_only"] = type_report(_type_predictions(by_split["test"], nlp),
                                                      {"w_model": 1.0, "rule_temperature": 1.0, "rule_floor": 0.0})
    meta = {"version": MODEL_VERSION, "seed": seed, "labels": nlp.get_pipe("textcat").labels, "mix": mix,
            "sha256": _hash_dir(tc_dir), "corpus": [str(c) for c in corpus_dirs],
            "corrections": str(corrections) if corrections else None, "metrics": metrics}
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    from classifiers.classify import load_textcat

    load_textcat.cache_clear()
    return metrics


def main(argv: list[str] | None = None) -> int:
    from classifiers.classify import MODEL_DIR

    ap = argparse.ArgumentParser(prog="intake train", description="Train the document type classifier.")
    ap.add_argument("corpus", nargs="+", type=Path, help="corpus folder(s) with truth/*.json and *.words.json")
    ap.add_argument("--corrections", type=Path, default=None,
                    help="caseworker corrections (JSON lines written by the review app)")
    ap.add_argument("--out", type=Path, default=MODEL_DIR, help=f"model folder (default {MODEL_DIR})")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=12)
    args = ap.parse_args(argv)
    try:
        metrics = train(args.corpus, args.out, seed=args.seed, corrections=args.corrections, epochs=args.epochs)
    except (FileNotFoundError, ValueError) as exc:
        print(f"intake train: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(metrics, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
