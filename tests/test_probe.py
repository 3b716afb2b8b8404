"""The hand-made real-mail probe (sample_docs/probe.py) renders every document with truth in the
corpus format, its values in the spec's normal forms, so `classifiers.measure` can score it."""

import json

from classifiers.doctypes import taxonomy
from classifiers.normalize import normalize, validate
from sample_docs import probe


def test_probe_documents_render_with_truth_in_normal_form(tmp_path):
    names = probe.write(tmp_path)
    tax = taxonomy()
    assert len(names) == 2 * len(probe.DOCS) >= 30
    for name in names:
        assert (tmp_path / "inbox" / name).stat().st_size > 10_000
        t = json.loads((tmp_path / "truth" / f"{name}.json").read_text(encoding="utf-8"))
        assert t["input"] == name and t["meta"]["split"] == "test" and t["pages"][0]["text"]
        (doc,) = t["documents"]
        assert doc["doc_type"] in tax.doc_types and doc["department"] == tax.department(doc["doc_type"])
        for field, value in doc["fields"].items():
            kind = tax.kind(field)
            assert normalize(kind, value, field=field) == value, (name, field, value)
            assert validate(kind, value, field=field) is None, (name, field, value)
