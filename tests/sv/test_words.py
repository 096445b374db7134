"""The Swedish word handling shared by the word index and the answerer."""

from bm25s.stopwords import STOPWORDS_SWEDISH

from kfp_assistant.sv.words import STOPWORDS, tokenize


def test_stopwords_are_snowballs_swedish_list() -> None:
    # Written out in sv.words so that no process start imports bm25s (and scipy); it must stay the
    # list the word index was measured with.
    assert frozenset(STOPWORDS_SWEDISH) == STOPWORDS


def test_tokenize_drops_stopwords_and_stems() -> None:
    stems = tokenize("Vilka aktiviteter har förvaltningen inom området?")
    assert stems == ["aktivitet", "förvaltning", "områd"]
