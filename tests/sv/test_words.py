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


def test_a_compound_is_spelled_by_a_head_word_and_a_modifier_word() -> None:
    from kfp_assistant.sv.words import compound_parts

    def parts(word: str, words: str) -> tuple[str, str] | None:
        return compound_parts(tokenize(word)[0], tokenize(words))

    assert parts("fritidspedagog", "pedagog på fritids") == (tokenize("fritids")[0], "pedagog")
    assert parts("hyrläkare", "inhyrda läkare") is not None
    assert parts("korttidsfrånvaro", "kort frånvaro") is not None
    assert parts("undersköterska", "sjuksköterska") is None, "another compound of the head is not it"
    assert parts("specialistläkare", "läkare") is None, "the head alone is not the compound"


def test_a_compound_is_spelled_out_in_parts_its_head_inside_another_compound() -> None:
    from kfp_assistant.sv.words import spelled_in_parts

    def spelled(word: str, words: str) -> bool:
        return spelled_in_parts(tokenize(word)[0], tokenize(words))

    assert spelled("chefsutvecklingen", "Kompetensutveckling för chefer i hemtjänsten")
    assert spelled("fadderverksamheten", "Fadder till varje ny undersköterska"), "a head naming the work"
    assert spelled("lönekartläggningen", "Kartläggning av löner")
    assert not spelled("lönekartläggningen", "Kartläggning av arbetsmiljön"), "the head alone is not it"
    assert not spelled("chefsutveckling", "Utbildning för chefer"), "another head is not it"
