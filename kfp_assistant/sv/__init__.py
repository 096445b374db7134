"""Sv: Swedish and HR vocabulary, the bottom stage (imports nothing else of kfp_assistant). Text in (a
question, a heading, a table header, a sentence); words, ids and matches out: administrations.py (names
and one matching key per organisation), areas.py (UBARA areas), metrics.py (key-figure metrics and
their words), periods.py (plan periods and years), numbers.py (Swedish numbers), responsible.py
(Ansvarig cells), activity_terms.py (words asking for an activity's fields), table_terms.py (words of
table questions and headers), themes.py (gap themes), thesaurus.py (HR synonym rings for the word
query), english.py (English questions in the plans' Swedish, with english_glossary.py), why.py (how a
question asks why or how, how a sentence gives a cause), genre.py (words any plan uses), words.py
(Snowball stems, stopwords, compound-aware matching) and text.py (folding, markup, the synonym
mini-language)."""
