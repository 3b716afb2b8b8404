"""German display texts for the caseworkers' interface (field labels, departments, events).

Only presentation lives here: which fields a type has, their kinds and departments come from
``classifiers.doctypes`` (the taxonomy); anything not listed falls back to a readable form of its key.
"""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "nachname": "Nachname",
    "vorname": "Vorname",
    "geburtsdatum": "Geburtsdatum",
    "strasse": "Straße und Hausnummer",
    "plz": "Postleitzahl",
    "ort": "Ort",
    "email": "E-Mail",
    "telefon": "Telefon",
    "aktenzeichen": "Aktenzeichen",
    "taetigkeit": "Tätigkeit",
    "beginn_datum": "Beginn der Tätigkeit",
    "einzugsdatum": "Einzugsdatum",
    "iban": "IBAN",
    "monatliche_miete": "Monatliche Miete (€)",
    "haushaltsmitglieder": "Haushaltsmitglieder",
    "hunderasse": "Hunderasse",
    "haltungsbeginn": "Beginn der Haltung",
    "kennzeichen": "Kfz-Kennzeichen",
    "gemarkung": "Gemarkung",
    "flurstueck": "Flurstück",
    "vorhaben": "Vorhaben",
    "bescheid_datum": "Datum des Bescheids",
    "lieferant": "Lieferant",
    "rechnungsnummer": "Rechnungsnummer",
    "rechnungsdatum": "Rechnungsdatum",
    "betrag_brutto": "Bruttobetrag (€)",
    "ust_id": "USt-IdNr.",
}

KIND_HINTS: dict[str, str] = {
    "date": "TT.MM.JJJJ",
    "amount": "z. B. 1.234,50",
    "iban": "z. B. DE89 3704 0044 0532 0130 00",
    "plate": "z. B. S-AB 1234",
    "plz": "5 Ziffern",
    "integer": "Zahl",
}

DEPARTMENTS: dict[str, str] = {
    "ordnungsamt": "Ordnungsamt",
    "buergerbuero": "Bürgerbüro",
    "wohngeldstelle": "Wohngeldstelle",
    "steueramt": "Steueramt",
    "verkehrsbehoerde": "Verkehrsbehörde",
    "baurechtsamt": "Baurechtsamt",
    "rechtsamt": "Rechtsamt",
    "kaemmerei": "Kämmerei",
    "poststelle": "Poststelle",
}

DOC_TYPES: dict[str, str] = {
    "gewerbeanmeldung": "Gewerbe-Anmeldung",
    "wohnsitzanmeldung": "Anmeldung bei der Meldebehörde",
    "wohngeldantrag": "Antrag auf Wohngeld",
    "hundesteuer_anmeldung": "Anmeldung zur Hundesteuer",
    "bewohnerparkausweis": "Antrag auf Bewohnerparkausweis",
    "bauantrag": "Bauantrag",
    "widerspruch": "Widerspruch",
    "rechnung": "Eingangsrechnung",
    "sonstiges": "Sonstiges Schreiben",
}

STATUS: dict[str, str] = {
    "needs_review": "Prüfung nötig",
    "routed": "Zugeordnet",
    "rejected": "Abgelehnt",
}

RULES: dict[str, str] = {
    "aktenzeichen": "Aktenzeichen stimmt überein",
    "person_birthdate": "gleiche Person (Name und Geburtsdatum)",
    "person_address": "gleiche Person (Name und Anschrift)",
    "supplier": "gleicher Lieferant",
    "new_case": "neue Akte angelegt",
}

EVENTS: dict[str, str] = {
    "received": "Eingegangen",
    "processed": "Verarbeitet",
    "routed": "Einer Akte zugeordnet",
    "needs_review": "Zur Prüfung vorgelegt",
    "saved_for_review": "Zur Prüfung vorgelegt",
    "reviewed": "Geprüft / korrigiert",
    "fields_changed": "Felder geändert",
    "field_changed": "Feld geändert",
    "doc_type_changed": "Dokumenttyp geändert",
    "type_changed": "Dokumenttyp geändert",
    "approved": "Freigegeben",
    "forwarded": "Weitergeleitet",
    "rejected": "Abgelehnt",
}


def _fallback(key: str) -> str:
    return key.replace("_", " ").capitalize()


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, _fallback(name))


def department_label(key: str | None) -> str:
    return DEPARTMENTS.get(key or "", _fallback(key or "—"))


def doc_type_label(key: str | None) -> str:
    return DOC_TYPES.get(key or "", _fallback(key or "—"))


def status_label(key: str | None) -> str:
    return STATUS.get(key or "", key or "—")


def rule_label(key: str | None) -> str:
    return RULES.get(key or "", key or "—")


def event_label(key: str | None) -> str:
    return EVENTS.get(key or "", _fallback(key or "—"))
