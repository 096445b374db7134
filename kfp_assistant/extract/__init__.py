"""Extract: parsed pages -> records. Activities (activities.py: tables.py and lists.py, column roles
in roles.py), key figures (figures.py), gaps (gaps.py), table cells (cells.py), and with an LLM the
activities of prose plans (prose.py). Every record carries file, page and a quote from that page."""
