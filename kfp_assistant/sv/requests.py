"""A question put as a request, reduced to the question it asks.

Users write to a chat as they would to a colleague: "kan du ge mig en överblick av X", "jag undrar
hur många ...", "skulle du kunna lista ...", "jag vill veta vilka ...", "could you tell me which ...".
The words around the question ("kan du ge mig", "jag undrar", "en överblick av") carry no content, but
they hide the question word the router reads ("vilka", "hur många") and add words that retrieval and
the evidence model weigh as if they were asked about. The wrapper is taken off; the question is the
rest ("jag undrar hur många ..." -> "hur många ..."). Only the start of the question is read: a request
word further in ("vad kan du säga om") is part of what is asked.
"""

from __future__ import annotations

import re

_GREETING = r"(?:(?:hej|hallå|hejsan|hi|hello)[\s,!.]+)?"
_PLEASE = r"(?:snälla\s+|vänligen\s+|please\s+)?"
# "kan du (snälla) ge mig", "skulle du kunna visa", "could you tell me": the verb says nothing of what is
# asked and goes. A verb that does ("lista", "sammanfatta", "förklara", "jämför") stays: only "kan du" goes.
_YOU = r"(?:(?:kan|kunde|skulle|vill)\s+(?:du|ni)\s+" + _PLEASE + r"(?:kunna\s+|vara\s+snäll\s+och\s+)?"
_YOU_EN = r"(?:can|could|would)\s+you\s+" + _PLEASE
_ASK_YOU = (
    _YOU + r"(?:hjälpa\s+(?:mig|oss)\s+(?:att\s+|med\s+att\s+)?(?:förstå|hitta|ta\s+reda\s+på|se)\s+|"
    r"(?:ge\s+(?:mig|oss)|visa(?:\s+(?:mig|oss))?|ta\s+fram|plocka\s+fram|säga|kolla(?:\s+upp)?|"
    r"berätta(?:\s+för\s+(?:mig|oss))?|ta\s+reda\s+på)\s+"
    r"|(?=(?:lista|sammanfatta|summera|förklara|jämför|jämföra|beskriva|redogöra)\b)))"
    r"|" + _YOU_EN + r"(?:(?:tell\s+(?:me|us)|show\s+(?:me|us)|give\s+(?:me|us)|find(?:\s+out)?|check)\s+"
    r"|(?=(?:list|summari[sz]e|explain|compare|describe)\b))"
)
# "jag undrar", "jag vill (gärna) veta", "jag skulle vilja se", "jag behöver få veta", "I'd like to know".
_I_WANT = (
    r"(?:jag\s+(?:undrar|(?:vill|skulle\s+vilja|behöver)\s+(?:gärna\s+)?(?:få\s+)?(?:veta|se|ha|få|förstå))\s+"
    r"|(?:i(?:\s+would|'d|’d)\s+like\s+to|i\s+want\s+to|i\s+need\s+to)\s+(?:know|see|understand)\s+)"
)
# Imperatives: "ge mig", "visa", "berätta om", "tell me about", "please list".
_IMPERATIVE = (
    r"(?:(?:ge\s+(?:mig|oss)|visa(?:\s+(?:mig|oss))?|berätta(?:\s+för\s+(?:mig|oss))?|"
    r"tell\s+(?:me|us)|show\s+(?:me|us)|give\s+(?:me|us))\s+)"
)
_WRAPPER = re.compile(
    r"^\s*" + _GREETING + _PLEASE + r"(?:" + _ASK_YOU + r"|" + _I_WANT + r"|" + _IMPERATIVE + r")",
    re.IGNORECASE,
)
# What is asked for as a whole: "en överblick av X", "en sammanställning över X", "an overview of X".
_OVERVIEW = re.compile(
    r"^(?:en\s+|ett\s+|an?\s+)?(?:kort\s+|snabb\s+|brief\s+|quick\s+)?"
    r"(?:överblick|översikt|sammanställning|sammanfattning\s+över|lista|genomgång|bild|overview|list|summary)\s+"
    r"(?:av|över|på|om|of|on)\s+",
    re.IGNORECASE,
)
# "om" after a request word: "berätta om X" is about X; "jag undrar om de har ..." asks whether.
_ABOUT = re.compile(r"^(?:om|about)\s+", re.IGNORECASE)


# Whose view a "hur …" question asks ("hur svårt anser cheferna att det är att få tag på X?", "hur stor
# tror de att bristen blir?"): the view is the plan's, so the question is asked as such ("hur svårt är
# det att få tag på X?"); a subject with a name ("tycker Farsta") stays: it names whose plan.
_VIEW = re.compile(
    r"\b(?P<how>hur\s+\w+)\s+(?:anser|tycker|bedömer|menar|tror|upplever)\s+(?:de|dom|man|\w+(?:na|en|erna))\s+"
    r"att\s+(?P<rest>det\s+(?:är|var|blir)|(?:\w+\s+){1,2}?(?:är|var|blir))\b",
    re.IGNORECASE,
)


def _without_view(question: str) -> str:
    def asked(m: re.Match[str]) -> str:
        rest = m["rest"].split()
        return f"{m['how']} {rest[-1]} {' '.join(rest[:-1])}"  # "det är" -> "är det"

    return _VIEW.sub(asked, question)


def without_request(question: str) -> str:
    """The question with a request around it ("kan du ge mig ...", "jag undrar ...") taken off, and whose
    view it asks ("anser cheferna att"); the question itself when it has none, or when nothing would be
    left."""
    question = _without_view(question)
    wrapper = _WRAPPER.match(question)
    if wrapper is None:
        return question
    rest = question[wrapper.end() :]
    rest = _OVERVIEW.sub("", rest, count=1)
    if _ABOUT.match(rest) and not re.match(r"(?i)jag\s+undrar", question[wrapper.start() :].lstrip()):
        rest = _ABOUT.sub("", rest, count=1)
    rest = rest.strip()
    if not re.search(r"\w", re.sub(r"(?i)^(?:mig|oss|me|us)\b", "", rest)):  # "visa mig!": nothing asked
        return question
    return rest[0].upper() + rest[1:] if question.strip()[:1].isupper() else rest
