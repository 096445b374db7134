"""scripts/embedding_reuse.py: its bounds on reuse say what they claim."""

from __future__ import annotations

from tests.modules import load_file


def test_nearest_similarity_is_one_for_a_copy_and_low_for_new_text() -> None:
    script = load_file("scripts/embedding_reuse.py")
    old = ["Vi erbjuder introduktion till alla nyanställda medarbetare.", "Sjukfrånvaron var 6 procent."]
    new = [old[0], "Helt ny text om ledarskap och arbetsmiljö i förvaltningen."]
    copy, fresh = script.nearest_similarity(new, old)
    assert copy == 1.0
    assert fresh < 0.3


def test_share_seen_counts_characters_of_the_pieces_seen() -> None:
    script = load_file("scripts/embedding_reuse.py")
    assert script.share_seen(["abc", "d"], {"abc"}) == 0.75
    assert script.sentences("En mening. Två  meningar!") == ["En mening.", "Två meningar!"]
