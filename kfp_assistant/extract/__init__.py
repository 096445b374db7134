"""Extract: a ParsedDocument and its PlanMeta -> records (schema.Activity, KeyFigure, Gap, TableCell).
Activities (activities.py: activity tables in tables.py, labelled lists in lists.py; column roles in
roles.py, cell text in activity_text.py, target dates and responsible parties in dates.py); key
figures (figures.py, with figure_numbers.py for which numbers can be values, figure_cues.py for the
metric a number states and figure_tables.py for tables whose columns are years); gaps (gaps.py);
every table cell with its labels (cells.py); and, with an LLM, the activities of prose plans
(prose.py). Every record carries file, page and a quote from that page (quotes.py)."""
