"""Administrations named the way people talk, not by their full names: the Swedish ellipsis of two names
sharing a last part ("miljö- och idrottsförvaltningen" is Miljöförvaltningen and Idrottsförvaltningen),
and the bare field of an administration ("miljö eller idrott?", "vilken av förvaltningarna, kultur eller
trafik?"), also in English ("the sports administration", "environment or sports?").

A bare field is a common word ("miljö", "kultur", "social"), so it names an administration only where the
question speaks of administrations: the field stands before an administration word ("sports
administration"), the question chooses among administrations ("vilken av förvaltningarna",
"the two administrations"), or two fields or names are set side by side ("miljö eller idrott")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kfp_assistant.sv.english_fields import ENGLISH_FIELDS
from kfp_assistant.sv.text import fold

# The last part two administrations' names share: "förvaltningen", "kontoret", "nämnden" (any form).
_KIND_PART = r"(?:förvaltning|kontor|nämnd)\w*"
# "miljö- och idrottsförvaltningen", "kultur-, miljö- eller idrottsnämnden": first parts cut at a hyphen.
_ELLIPSIS = re.compile(
    rf"(?<![\w-])(?P<heads>(?:\w+-,?\s+)+)(?P<join>och|eller|samt|resp(?:ektive|\.)?)\s+"
    rf"(?P<last>\w+?)(?P<part>{_KIND_PART})(?![\w-])",
    re.IGNORECASE,
)


def expand_ellipses(question: str, names: Iterable[str]) -> str:
    """The question with each elided pair of administrations written out in full ("miljö- och
    idrottsförvaltningen" -> "miljöförvaltningen och idrottsförvaltningen"), unless the whole compound is
    the name of one administration here ("Miljö- och samhällsbyggnadsförvaltning(en)")."""
    folded_names = [fold(n) for n in names]

    def written_out(m: re.Match[str]) -> str:
        whole = fold(re.sub(r"\s+", " ", m.group()[: m.start("part") - m.start()]))
        if any(n.startswith(whole.removesuffix("s")) for n in folded_names):
            return m.group()
        part = m.group("part")
        heads = [h.rstrip("-,") for h in m.group("heads").split()]
        names = [f"{h}{part}" for h in heads if h] + [f"{m.group('last')}{part}"]
        return ", ".join(names[:-1]) + f" {m.group('join')} {names[-1]}"

    return _ELLIPSIS.sub(written_out, question)


# English names of the fields administrations are of (sv/english_fields.py), with the folded Swedish first
# part of their names: "sports" -> "idrott", "environment" -> "miljo".
_ENGLISH_FIELDS: tuple[tuple[str, str], ...] = tuple(
    (f.english, fold(f.swedish)) for f in ENGLISH_FIELDS if f.bare
)
_ENGLISH_FIELD_RE = re.compile(
    r"(?<![\w-])(?P<en>"
    + "|".join(re.escape(en) for en, _ in sorted(_ENGLISH_FIELDS, key=lambda e: -len(e[0])))
    + r")(?![\w-])"
)
_ENGLISH_STEM = dict(_ENGLISH_FIELDS)

# The first part of an administration's name, folded: "idrottsförvaltningen" -> "idrott", "Vård- och
# omsorgsförvaltningen" -> "vard", "omsorg", "Tekniska förvaltningen" -> "tekniska".
_NAME_FIELDS = re.compile(
    r"^(?P<a>[a-z]+?)(?:-\s+(?:och|samt)\s+(?P<b>[a-z]+?))?s?(?:forvaltning|kontor|namnd)"
    r"|^(?P<adj>[a-z]+a)\s+(?:forvaltning|kontor|namnd)"
)
_MIN_FIELD = 4  # shorter first parts ("it") are no field a question names by itself


@lru_cache(maxsize=16)
def _fields(names: frozenset[str]) -> dict[str, str]:
    """Folded field -> the administration of that field, for fields one administration here is of, or
    one is of alone ("kultur" is Kulturförvaltningen's beside a Kultur- och fritidsförvaltning); two of
    "kultur" alone leave "kultur" naming neither."""
    found: dict[str, set[str]] = {}
    alone: dict[str, set[str]] = {}
    for name in names:
        m = _NAME_FIELDS.match(fold(name))
        if not m:
            continue
        fields = [f for f in (m.group("a"), m.group("b"), m.group("adj")) if f]
        for field in fields:
            if len(field) >= _MIN_FIELD and field != "stadsdel":
                found.setdefault(field, set()).add(name)
                if len(fields) == 1:
                    alone.setdefault(field, set()).add(name)
    chosen = {
        field: owners if len(owners) == 1 else alone.get(field, set()) for field, owners in found.items()
    }
    return {field: next(iter(owners)) for field, owners in chosen.items() if len(owners) == 1}


# Where a question speaks of administrations: a choice among them or their plural ("vilken av
# förvaltningarna", "the two administrations", "båda nämnderna").
_AMONG = re.compile(
    r"\b(?:forvaltningar(?:na)?|namnder(?:na)?|kontoren|administrations|departments|offices|boards)\b"
    r"|\b(?:vilken|vilket|vilka|which)\s+(?:av\s+)?(?:\w+\s+)?(?:forvaltning|namnd|kontor|administration|department)",
)
# A field right before an administration word: "sports administration", "miljö förvaltningen".
_BEFORE_KIND = re.compile(r"\s*(?:administration|department|office|board|forvaltning|namnd|kontor)")
# What sets two names side by side: "miljö eller idrott", "environment or sports", "kultur, trafik".
_SIDE_BY_SIDE = re.compile(
    r"\s*(?:,|och|eller|samt|mot|or|and|vs\.?|versus|respektive|an|than|(?:jamfort|i\s+jamforelse)\s+med"
    r"|compared\s+(?:with|to))\s*(?:(?:pa|i|hos|inom|for|den|det|the|at|in|for)\s+)?"
)


def field_mentions(
    question: str, names: frozenset[str], named: Iterable[tuple[int, str]]
) -> list[tuple[int, str]]:
    """(offset, administration) for each administration a question names by its bare field, Swedish or
    English, where it speaks of administrations (module docstring); `named` are the (offset,
    administration) it names otherwise, which a field of another administration may stand beside."""
    fields = _fields(names)
    if not fields:
        return []
    folded = fold(question)
    hits: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?<![\w-])([a-z]+)(?![\w-])", folded):
        word = m.group(1)
        for field in (word, word.removesuffix("s"), word.removesuffix("en"), word.removesuffix("n")):
            if field in fields:
                hits.append((m.start(), m.end(), fields[field]))
                break
    for m in _ENGLISH_FIELD_RE.finditer(folded):
        stem = _ENGLISH_STEM[m.group("en")]
        if stem in fields and not any(s <= m.start() < e for s, e, _ in hits):
            hits.append((m.start(), m.end(), fields[stem]))
    if not hits:
        return []
    among = bool(_AMONG.search(folded))
    others = {(s, _end_of_word(folded, s), n) for s, _, n in hits} | {
        (o, _end_of_word(folded, o), n) for o, n in named
    }
    kept = []
    for start, end, name in hits:
        # beside another administration ("miljö eller idrott"), not its own other field ("vård och omsorg")
        beside = any(
            _SIDE_BY_SIDE.fullmatch(folded[end:o_start]) or _SIDE_BY_SIDE.fullmatch(folded[o_end:start])
            for o_start, o_end, other in others
            if other != name
        )
        if among or beside or _BEFORE_KIND.match(folded, end):
            kept.append((start, name))
    return kept


def _end_of_word(text: str, start: int) -> int:
    m = re.match(r"[\w-]+", text[start:])
    return start + (m.end() if m else 0)
