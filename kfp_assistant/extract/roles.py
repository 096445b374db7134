"""Column roles of activity tables (and labels of list fields), by what a header means.

A header gets a role from general HR words first (``ROLE_WORDS``: "Åtgärd", "Insats", "Syfte",
"Tidplan", "Ägare", "Indikator" ...). A header of a single question word counts only when it is
the whole header ("Vad", "Varför", "Vem", "När"), because "Vad ska vi uppnå?" is a goal, not an
activity; a header phrased as a question or a "how we ..." line takes its role from its first word
and verb ("Vad vi gör", "Hur följer vi upp?", "Så vet vi att det fungerar"). A header the words
miss is compared, when an embedding model is given, with a short description of each role (e5
similarity); it takes the most similar role when that is clearly
similar and clearly more similar than the next role. A header that matches no role stays in the
record as an extra field ("Budget", "Kostnad"), never dropped.
"""

from __future__ import annotations

import math
import re

from langchain_core.embeddings import Embeddings

from kfp_assistant.sv.text import strip_markup

Role = str  # "area" | "goal" | "activity" | "date" | "responsible" | "followup" | "kpi"

# Words per role. The head of a compound names it ("Måldatum" is a date, "Insatsområde" an area,
# "Aktivitetsansvarig" a responsible party), so the header's last word is tried first, as the end
# of a word (with an inflection: "åtgärder"); then any word start, roles in this order
# ("Uppföljning av mål" is a follow-up, "Ansvarig funktion" a responsible party).
ROLE_WORDS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    (
        "followup",
        ("uppfölj", "följs upp", "följa upp", "kommentar", "status", "utfall", "resultat", "utvärdering"),
    ),
    ("kpi", ("indikator", "mått", "mätetal", "kpi", "nyckeltal", "effektmått", "målvärde")),
    (
        "date",
        (
            "måldatum",
            "datum",
            "tidsplan",
            "tidplan",
            "tidpunkt",
            "klart",
            "deadline",
            "tidsram",
            "period",
            "slutförd",
            "färdig",
            "senast",
        ),
    ),
    ("responsible", ("ansvar", "ansvarig", "ägare", "huvudman", "utförare", "genomförs av", "kontaktperson")),
    ("activity", ("aktivitet", "åtgärd", "insats", "hur ska", "hur gör", "vad gör", "handlingsplan")),
    ("area", ("område", "ubara", "ubaria", "fokus", "strategi", "process")),
    (
        "goal",
        (
            "behov",
            "mål",
            "vad ska vi uppnå",
            "syfte",
            "önskat läge",
            "effekt",
            "utmaning",
            "kompetensgap",
            "gap",
            "motiv",
            "varför",
            "därför",
        ),
    ),
)
# Headers that are one question word (or a short question) only: their role holds for the whole header.
ROLE_HEADERS: dict[str, Role] = {
    "vad": "activity",
    "hur": "activity",
    "vad gör vi": "activity",
    "varför": "goal",
    "vem": "responsible",
    "vem ansvarar": "responsible",
    "när": "date",
    "tid": "date",
    "år": "date",
    # the usual abbreviations of a narrow column's header ("Omr.", "Ansv.")
    "omr": "area",
    "ansv": "responsible",
}
# Headers phrased as a question or a "how we ..." line, by their first word and verb: "Vad vi
# gör", "Vad ska göras?", "Hur följer vi upp?", "Så vet vi att det fungerar", "Vem gör det?".
ROLE_QUESTIONS: tuple[tuple[Role, re.Pattern[str]], ...] = (
    ("followup", re.compile(r"^(?:hur|så)\b.*\b(?:följ\w*\s+(?:vi\s+)?upp|vet|mät\w*|utvärder\w*)\b")),
    ("activity", re.compile(r"^(?:vad|hur|så)\b.*\b(?:gör|göra|göras|görs|genomför\w*|arbeta\w*)\b")),
    ("goal", re.compile(r"^(?:varför|därför)\b")),
    ("responsible", re.compile(r"^vem\b")),
    ("date", re.compile(r"^när\b")),
)
# Header words that name no role although they start like one: "Målgrupp" is who takes part, not a goal.
NO_ROLE_RE = re.compile(r"^(?:målgrupp\w*|deltagare|kostnad\w*|budget\w*|prioritet\w*|resurs\w*|nr|nummer)$")
# What each role means, for headers the words miss (compared by embedding similarity).
ROLE_DESCRIPTIONS: dict[Role, str] = {
    "activity": "Aktivitet: vad som ska göras, en åtgärd eller insats",
    "goal": "Mål eller behov: varför det görs, vad som ska uppnås, syftet",
    "area": "Område i kompetensförsörjningen: utveckla, behålla, attrahera, rekrytera, avsluta",
    "date": "Tidpunkt: när det ska vara klart, datum eller deadline",
    "responsible": "Ansvarig: vem som ansvarar, ägare, funktion eller chef",
    "followup": "Uppföljning: hur det följs upp, status och kommentar",
    "kpi": "Indikator: mått eller nyckeltal som visar resultatet",
}
# Cosine similarity (e5, "query: " on both sides) a header must reach, and its lead over the next
# role; chosen on general header words (see tests/extract/test_roles.py, marked model).
MIN_SIMILARITY = 0.87
MIN_MARGIN = 0.015

_WORD_RES = [(role, [re.compile(rf"(?<!\w){re.escape(w)}") for w in words]) for role, words in ROLE_WORDS]
_HEAD_RES = [(role, [re.compile(rf"{re.escape(w)}\w{{0,3}}$") for w in words]) for role, words in ROLE_WORDS]


def _folded(header: str) -> str:
    return " ".join(strip_markup(header).split()).casefold().strip(" ?:.")


def role_by_words(header: str) -> Role | None:
    """The role a header's words name, or None."""
    folded = _folded(header)
    if not folded or len(folded) > 60:
        return None
    if folded in ROLE_HEADERS:
        return ROLE_HEADERS[folded]
    if NO_ROLE_RE.match(folded):
        return None
    for role, pattern in ROLE_QUESTIONS:
        if pattern.search(folded):
            return role
    last = re.split(r"[\s/,&]+", folded)[-1]
    for role, patterns in _HEAD_RES:
        if any(p.search(last) for p in patterns):
            return role
    for role, patterns in _WORD_RES:
        if any(p.search(folded) for p in patterns):
            return role
    return None


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


class HeaderRoles:
    """Roles of headers: words first, then (with an embedding model) similarity to role descriptions."""

    def __init__(self, embeddings: Embeddings | None = None) -> None:
        self.embeddings = embeddings
        self._descriptions: dict[Role, list[float]] | None = None
        self._seen: dict[str, Role | None] = {}

    def similarities(self, header: str) -> dict[Role, float]:
        """Similarity of a header to each role description (empty without a model)."""
        if self.embeddings is None:
            return {}
        if self._descriptions is None:
            self._descriptions = {
                role: self.embeddings.embed_query(text) for role, text in ROLE_DESCRIPTIONS.items()
            }
        vector = self.embeddings.embed_query(_folded(header))
        return {role: _cosine(vector, v) for role, v in self._descriptions.items()}

    def role_of(self, header: str) -> Role | None:
        """The header's role, or None when neither the words nor the model name one."""
        role = role_by_words(header)
        folded = _folded(header)
        if (
            role
            or self.embeddings is None
            or not folded
            or len(folded) > 60
            or any(c.isdigit() for c in folded)
        ):
            return role
        if folded not in self._seen:
            ranked = sorted(self.similarities(header).items(), key=lambda rs: -rs[1])
            best, second = ranked[0], ranked[1]
            self._seen[folded] = (
                best[0] if best[1] >= MIN_SIMILARITY and best[1] - second[1] >= MIN_MARGIN else None
            )
        return self._seen[folded]


def label_columns(rows: list[list[str]]) -> list[int]:
    """The columns of a table that hold field labels, each with its values in the next column: a
    card of labelled rows ("Åtgärd | X", "Ansvar | Y"), or several cards side by side.

    A column counts when at least three of its cells are short labels naming a role, one of them
    the activity, each with a value beside it, and most of its filled cells are such labels (a
    heading row of the card may stand among them). A table with its labels across its first row
    ("Aktivitet | Ansvarig | Klart") has one label down each column and is no card."""
    out: list[int] = []
    width = max((len(r) for r in rows), default=0)
    for col in range(width - 1):
        roles: list[Role] = []
        filled = 0
        for row in rows:
            label = " ".join(row[col].split()) if col < len(row) else ""
            value = row[col + 1].strip() if col + 1 < len(row) else ""
            filled += bool(label)
            role = role_by_words(label) if label and len(label.split()) <= 4 else None
            if role and value:
                roles.append(role)
        if len(roles) >= 3 and "activity" in roles and len(roles) * 3 >= filled * 2 and len(set(roles)) >= 3:
            out.append(col)
    return out


# A text led by a label, perhaps numbered: "Mål 2: Stabil bemanning", "Delmål 1.3 – Fler behöriga",
# "Syfte: Säkra kompetensen", "Mål B. Friska medarbetare".
_LABELLED_RE = re.compile(
    r"^\s*(?P<label>[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ-]*)(?:\s+(?:\d+[a-z]?(?:\.\d+)*|[A-Z]|[IVX]+))?\s*[:.–—-]\s+(?P<text>\S.*)$",
    re.DOTALL,
)


def labelled(text: str) -> tuple[Role, str] | None:
    """(role, text after the label) of a text led by a label naming a role ("Mål 2: X" -> ("goal", "X")),
    or None."""
    m = _LABELLED_RE.match(text)
    role = role_by_words(m.group("label")) if m else None
    return (role, " ".join(m.group("text").split())) if m and role else None
