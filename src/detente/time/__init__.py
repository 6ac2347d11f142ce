"""Time expressions: find, normalize (TIMEX3) and anchor them.

Public contract (the pipeline and the CLI rely on it):

    tag(text, *, dct=None, mode="auto", sections=()) -> list[TimeExpr]

returns every time expression (``layer="timex"``) and named period
(``layer="period"``) in ``text``, sorted by start offset, with relative and
underspecified expressions anchored (news: to ``dct``; narrative: to the
story's current time, reset by each section's heading date).
"""
