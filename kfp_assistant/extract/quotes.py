"""Quotes: the verbatim span of a page that supports a record.

Every record carries a quote that must occur on its page (up to whitespace; store.plans checks
it). A quote is found here by matching a record's text against the page text word by word.
"""

from __future__ import annotations

import re

from kfp_assistant.ingest.loaders import normalize_for_match


def locate_quote(text: str, page_text: str, min_words: int = 3, sep: str = r"\s+") -> str | None:
    """The verbatim span of page_text that matches text up to whitespace; else its longest matching head.

    Returns None when not even the first ``min_words`` words are on the page. ``sep`` is what may
    stand between words: a table row's cells are joined by " | " in page text.
    """
    words = normalize_for_match(text).split()
    if not words:
        return None
    for n in range(len(words), min(min_words, len(words)) - 1, -1):
        pattern = sep.join(re.escape(w) for w in words[:n])
        m = re.search(pattern, page_text)
        if m:
            return m.group()
    return None
