"""The one place that knows the document types, their departments and fields.

Loaded from ``doctypes.json`` beside this module, a mirror of ``shared/spec/doctypes.json``
(a test checks they agree). Nothing else spells the taxonomy in code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).with_name("doctypes.json")
FALLBACK_TYPE = "sonstiges"


@dataclass(frozen=True)
class DocType:
    key: str
    title: str
    department: str
    required: tuple[str, ...]
    optional: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return self.required + self.optional


@dataclass(frozen=True)
class Taxonomy:
    doc_types: dict[str, DocType]
    field_kinds: dict[str, str]  # field name -> kind (name, date, iban, ...)
    person_fields: tuple[str, ...]

    def kind(self, field_name: str) -> str:
        return self.field_kinds[field_name]

    def department(self, doc_type: str) -> str:
        return self.doc_types[doc_type].department

    @property
    def departments(self) -> list[str]:
        return sorted({t.department for t in self.doc_types.values()})


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    raw = json.loads(_PATH.read_text(encoding="utf-8"))
    types = {
        key: DocType(key=key, title=v["title"], department=v["department"],
                     required=tuple(v["required"]), optional=tuple(v["optional"]))
        for key, v in raw["doc_types"].items()
    }
    return Taxonomy(doc_types=types, field_kinds=dict(raw["fields"]),
                    person_fields=tuple(raw["person_fields"]))
