"""The evidence model: a logistic regression over retrieval signals, its fitting and threshold."""

from __future__ import annotations

import numpy as np

from kfp_assistant.ask.compose import answers
from kfp_assistant.ask.evidence import (
    MODEL_FEATURES,
    SENTENCES,
    EvidenceModel,
    SentenceSimilarity,
    absent_stems,
    judge,
    judged_tokens,
    load_model,
    off_topic,
    sentence_similarity,
    settled,
)
from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.router import route
from kfp_assistant.evals.evidence_fit import (
    KEEP_RIGHT,
    choose_threshold,
    fit_logistic,
    out_of_fold,
    trade_off,
)
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk

_PLAN = (
    "Förvaltningen har svårt att rekrytera erfarna lärare till grundskolan. "
    "Därför erbjuds nya lärare en mentor under det första året. "
    "Lokalerna renoveras under våren."
)


def test_shipped_model_loads_and_uses_the_model_features() -> None:
    model = load_model()
    assert set(model.weights) == set(MODEL_FEATURES)
    assert 0.0 < model.threshold < 1.0 and model.fitted_on


def test_more_literal_support_raises_the_probability() -> None:
    model = EvidenceModel(weights={"literal": 2.0}, bias=0.0, threshold=0.5, means={"literal": 0.6})
    low, high = model.probability({"literal": 0.3}), model.probability({"literal": 0.9})
    assert low < 0.5 < high
    assert not model.answers({"literal": 0.3}) and model.answers({"literal": 0.9})


def test_fit_separates_separable_data() -> None:
    rng = np.random.default_rng(3)
    x = np.vstack([rng.normal(-1, 0.3, (40, 1)), rng.normal(1, 0.3, (40, 1))])
    y = np.array([0] * 40 + [1] * 40, dtype=float)
    w, b = fit_logistic(x, y)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    assert w[0] > 0 and (p[40:] > 0.5).all() and (p[:40] < 0.5).all()


def test_threshold_keeps_the_right_answers_and_declines_what_it_can() -> None:
    rows = [{"label": 1, "answerable": True}] * 60 + [{"label": 0, "answerable": False}] * 10
    right = list(np.linspace(0.5, 0.99, 60))
    unanswerable = [0.1, 0.2, 0.15, 0.3, 0.05, 0.25, 0.4, 0.12, 0.18, 0.95]  # one as sure as the right ones
    p = np.array(right + unanswerable)
    threshold = choose_threshold(p, rows)
    kept = sum(1 for v in right if v >= threshold)
    declined = sum(1 for v in unanswerable if v < threshold)
    assert kept / 60 >= KEEP_RIGHT
    assert declined == 9, "every unanswerable question below the right answers, not the outlier"


def test_absent_stems_count_compounds_as_present() -> None:
    vocabulary = {"avslutssamtal", "personalomsättning"}
    assert absent_stems(["avslut", "löneskillnad"], vocabulary) == ["löneskillnad"]


def test_a_feature_not_measured_counts_as_its_mean() -> None:
    model = EvidenceModel(
        weights={"literal": 1.0, "sentence": 3.0}, bias=0.0, threshold=0.5,
        means={"literal": 0.6, "sentence": 0.87}, scales={"sentence": 0.03},
    )  # fmt: skip
    assert model.probability({"literal": 0.6}) == 0.5
    assert model.probability({"literal": 0.6, "sentence": 0.93}) > 0.99


def test_the_shipped_model_rises_with_each_signal() -> None:
    model = load_model()
    base = dict(model.means)
    for name in MODEL_FEATURES:
        higher = base | {name: base[name] + model.scales[name]}
        assert model.probability(higher) > model.probability(base), name
    assert model.embeddings, "the sentence signal is tied to the embedding model it was fitted with"


def test_an_english_question_is_judged_on_the_words_the_plans_know() -> None:
    vocabulary = frozenset(tokenize(_PLAN))
    known, english = set(tokenize("lärare rekrytera")), set(tokenize("candidates experience"))
    assert judged_tokens(known | english, vocabulary, english=True) == known
    assert judged_tokens(known | english, vocabulary, english=False) == known | english
    assert judged_tokens(english, vocabulary, english=True) == english  # nothing known: as asked


def test_english_words_left_untranslated_do_not_dilute_the_evidence() -> None:
    vocabulary = frozenset(tokenize(_PLAN))
    question = in_swedish_terms("Which problems do the schools have when they recruit teachers?")
    route_ = route(question, []).model_copy(update={"english": True})
    tokens = content_tokens(question, route_)
    assert "the" not in tokens and "do" not in tokens  # how it asks is no topic
    passages = sorted(score_chunk(plan_chunk(_PLAN), tokens, 0.9), key=lambda p: -p.score)
    as_english = judge(
        route_, passages, tokens, before=True, fused_top=1.0, vocabulary=vocabulary, english=True
    )
    as_swedish = judge(
        route_, passages, tokens, before=True, fused_top=1.0, vocabulary=vocabulary, english=False
    )
    assert as_english[1]["coverage"] == 1.0 > as_swedish[1]["coverage"]
    assert as_english[0] > as_swedish[0]


def test_the_sentence_signal_is_the_best_of_the_first_distinct_sentences() -> None:
    passages = score_chunk(plan_chunk(_PLAN), {"lärar", "mentor"}, 0.9)
    passages = sorted(passages + passages, key=lambda p: -p.score)  # each sentence twice
    asked: list[list[str]] = []

    def similar(texts: list[str]) -> list[float]:
        asked.append(texts)
        return [0.5 + 0.1 * i for i in range(len(texts))]

    assert sentence_similarity(passages, similar) == 0.5 + 0.1 * (SENTENCES - 1)
    assert len(asked[0]) == len(set(asked[0])) == SENTENCES
    assert sentence_similarity(passages, None) is None
    assert sentence_similarity([], similar) is None


def test_without_the_sentence_signal_the_model_judges_on_the_rest() -> None:
    vocabulary = frozenset(tokenize(_PLAN))
    question = "Hur får förvaltningen tag på lärare?"
    route_ = route(question, [])
    passages = sorted(
        score_chunk(plan_chunk(_PLAN), content_tokens(question, route_), 0.9), key=lambda p: -p.score
    )
    kwargs = {"before": True, "fused_top": 1.0, "vocabulary": vocabulary, "english": False}
    unmeasured, features = judge(route_, passages, content_tokens(question, route_), **kwargs)  # type: ignore[arg-type]
    assert "sentence" not in features
    tokens = content_tokens(question, route_)
    near, _ = judge(route_, passages, tokens, similar=lambda t: [0.95] * len(t), every=True, **kwargs)  # type: ignore[arg-type]
    far, _ = judge(route_, passages, tokens, similar=lambda t: [0.75] * len(t), every=True, **kwargs)  # type: ignore[arg-type]
    assert far < unmeasured < near


def test_sentences_are_embedded_only_where_they_can_change_the_decision() -> None:
    model = load_model()
    calls: list[list[str]] = []

    def similar(texts: list[str]) -> list[float]:
        calls.append(texts)
        return [model.means["sentence"]] * len(texts)

    passages = score_chunk(plan_chunk(_PLAN), set(tokenize("lärare mentor")), 0.9)
    route_ = route("Vilka lärare får en mentor?", [])
    kwargs = {"before": True, "vocabulary": frozenset(tokenize(_PLAN)), "english": False, "similar": similar}
    clear = model.means["fused"] + 5 * model.scales["fused"]  # every ranking agrees: answered whatever
    _, features = judge(route_, passages, set(tokenize("lärare mentor")), fused_top=clear, **kwargs)  # type: ignore[arg-type]
    assert not calls and "sentence" not in features
    _, features = judge(
        route_, passages, set(tokenize("lärare mentor")), fused_top=clear, every=True, **kwargs
    )  # type: ignore[arg-type]
    assert calls and "sentence" in features
    # at the typical question of the fitting data the other signals leave the decision open
    assert not settled({f: model.means[f] for f in MODEL_FEATURES if f != "sentence"})


def test_sentence_similarity_embeds_each_sentence_once(assistant) -> None:  # type: ignore[no-untyped-def]
    index = assistant.answerer.index
    similarity = SentenceSimilarity(index, size=2)
    similarity.measured = True  # the test index's model is not the one the shipped model was fitted with
    similar = similarity.to("mentor för nya lärare")
    assert similar is not None
    same, other = similar(["mentor för nya lärare", "Lokalerna renoveras under våren."])
    assert same > other and abs(same - 1.0) < 1e-6
    similar(["Lokalerna renoveras under våren.", "en tredje mening"])
    assert len(similarity._vectors) == 2  # the most recent kept


def test_the_index_model_decides_whether_sentences_are_measured(assistant) -> None:  # type: ignore[no-untyped-def]
    similarity = SentenceSimilarity(assistant.answerer.index)
    assert similarity.to("fråga") is None, "the fake test model is not the model the evidence was fitted with"


def test_off_topic_needs_an_absent_word_and_nothing_shown() -> None:
    assert off_topic({"absent": 0.5, "coverage": 0.0})
    assert not off_topic({"absent": 0.5, "coverage": 0.25})
    assert not off_topic({"absent": 0.0, "coverage": 0.0})
    assert not off_topic({"absent": 0.5, "coverage": 0.0, "english": 1.0})


def test_a_fixed_decision_replaces_the_model_while_it_is_fitted() -> None:
    passages = score_chunk(plan_chunk(_PLAN), {"lärar"}, 0.9)
    route_ = route("Vilka lärare saknas?", [])
    assert answers(passages, route_, 0.0, decided=True) is True
    assert answers(passages, route_, 1.0, decided=False) is False


def test_the_threshold_lies_midway_between_a_declined_and_a_kept_question() -> None:
    rows = [
        {"label": 0, "answerable": False},
        {"label": 0, "answerable": True},
        {"label": 1, "answerable": True},
    ]
    threshold = choose_threshold(np.array([0.2, 0.5, 0.6]), rows)
    # the wrong answer at 0.5 moves neither rate: the margin is between 0.2 and 0.6
    assert threshold == 0.4


def test_out_of_fold_probabilities_separate_separable_questions_and_the_curve_trades_off() -> None:
    rng = np.random.default_rng(5)
    rows = [
        {"features": {f: float(v) for f in MODEL_FEATURES}, "label": label, "answerable": bool(label)}
        for label, v in [(1, x) for x in rng.normal(1, 0.2, 30)] + [(0, x) for x in rng.normal(-1, 0.2, 30)]
    ]
    p = out_of_fold(rows, repeats=2)
    assert (p[:30] > 0.5).all() and (p[30:] < 0.5).all()
    curve = trade_off(p, rows, steps=4)
    kept = [c["kept_right"] for c in curve]
    declined = [c["declined"] for c in curve]
    assert kept == sorted(kept, reverse=True) and declined == sorted(declined)
