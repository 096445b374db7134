"""Compare: plans' records (PlanRecords) in, JSON-ready comparisons out. side_by_side.py sets
administrations side by side (activities per UBARA area, gaps per theme, key figures and their
trend); diff.py matches one administration's two plan versions item by item (activities and gaps
added, removed or kept, figures changed; items paired by meaning and wording); charts.py draws the
results (the one home of matplotlib). Free comparison questions are answered in ask/."""
