"""Page furniture among the sentences: text that names states, acts and dates without telling an event.

- questions ("Why did Hungary protest to Romania in 1988?"): end-of-chapter questions and rhetorical ones
  ask about an act, they do not state it;
- background lines: a standing relationship "since" a date ("Hungary has had a close trade relationship with
  Romania since the 1970s") describes a state of affairs, not an act done at that date;
- lead summaries: in the opening paragraph of a page whose sections tell the story, a sentence dated by
  decades or centuries only ("Relations improved in the 1990s after decades of mistrust") sums up what the
  sections tell act by act, and would count the same history twice at a vague date; anywhere, a sentence
  on how relations stood or went ("Ties cooled in the 1960s") dated by decades only does the same.

- correction notes: "Correction, 3 March 2020: an earlier version of this article gave the date as 1975. It was
  signed in January 1974." tells what the page said, not an act, and the rest of its paragraph goes with it.

- menus: a line of four links or more split by bars ("Jump to: Early years | The 1960s | 1971 | Summits and visits")
  names the page's parts, no act.

- infoboxes: a block of short "Label: value" lines or "A | B" cells ("Treaties: Treaty of Moscow (1921); Treaty of
  Friendship (1991)", "Soviet Union | Turkey") lists what the article tells, each item without its act or its day;
  so does a quick-facts box whose fields put a dot leader between label and value ("Treaty of friendship ..... 1961").

Reference lists and "Read more" teasers are removed earlier, by ``clean``; this step needs the sections and
the time expressions, so it runs once they are known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detente.model import Section, Sentence, TimeExpr
from detente.text.sentences import FACT_LINE, FIELD_LINE

_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")
_STANDING = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:had|enjoyed|maintained|kept|been|built|developed)\s+)?(?:\w+\s+){0,4}?"
    r"(?:relationship|relations|ties|links|contacts|partnership|friendship|rivalry|cooperation)\b", re.I)
# a bold question opening its answer, as an FAQ writes it ("**Did the two fight a war?** Not a declared one."): the
# splitter keeps question and answer together when the answer is short or opens with "No."
_BOLD_QUESTION = re.compile(r"\W{0,2}\*\*[^*\n]{3,200}\?\*\*")
_SINCE = re.compile(r"\b(?:ever\s+)?since\b", re.I)
_COARSE = frozenset(("decade", "century"))
# an editor's correction note: what an earlier version of the page said and what it says now, about the page, no act
_NOTE = re.compile(r"^\W{0,3}(?:correction|clarification|editor'?s note|editorial note)\b[^:\n]{0,40}:"
                   r"|\ban earlier version of this (?:article|page|story|report|piece|post)\b", re.I)
# the state of relations over a stretch of time: "Relations between Hungary and Romania worsened in the 1980s"
_TREND = re.compile(
    r"^(?:the\s+)?(?:\w+\s+){0,2}(?:relations|ties|relationship|contacts)\b[^.;]{0,80}?\b(?:improved|deteriorated|worsened|"
    r"warmed|cooled|soured|thawed|grew|remained|stayed)\b", re.I)


def furniture(text: str, sections: Sequence[Section], sentences: Sequence[Sentence],
              timexes: Sequence[TimeExpr]) -> dict[int, str]:
    """Indices of the sentences that are furniture, each with its kind (question | background | summary | note | ...)."""
    found: dict[int, str] = {}
    lead = _lead_section(sections)
    starts = [t.start for t in timexes]
    position = 0
    note_end = -1  # where the last correction note's sentence ended: its paragraph goes on with it
    boxed = _field_runs(text, sentences)
    for index, sentence in enumerate(sentences):
        body = text[sentence.start : sentence.end]
        if (note_end >= 0 and "\n" not in text[note_end : sentence.start]) or _NOTE.search(body):
            found[index] = "note"  # "Correction, 3 March 2020: an earlier version ... gave 1975. It was signed in 1974."
            note_end = sentence.end
            continue
        note_end = -1
        if "?" in body[-4:] and _QUESTION.search(body, len(body) - 4) or "?**" in body and _BOLD_QUESTION.match(body):
            found[index] = "question"
            continue
        if "ince" in body and _SINCE.search(body) and _STANDING.search(body):
            found[index] = "background"
            continue
        if index in boxed or "\n" in body and _infobox(body) or "....." in body and _DOT_LEADER.search(body):
            found[index] = "infobox"  # (a "Label ........ value" line of a quick-facts box: the splitter cuts it at the dots)
            continue
        if body.count(" | ") >= 3 and _bar_menu(body):
            found[index] = "navigation"  # "Jump to: Early years | The 1960s | 1971 | Summits and visits": links
            continue
        if "\n" in body and _CONTENTS.match(body) and _contents(body):
            found[index] = "contents"  # "Contents / 1 Recognition / 2 Treaty and border settlement": the page's sections
            continue
        trend = _TREND.match(body) is not None
        if sentence.section != lead and not trend:
            continue
        section = sections[sentence.section] if sentence.section < len(sections) else None
        if section is not None and section.heading_span == (sentence.start, sentence.end):
            continue
        while position < len(starts) and starts[position] < sentence.start:
            position += 1
        inside = []
        for timex in timexes[position:]:
            if timex.start >= sentence.end:
                break
            inside.append(timex)
        dated = [t for t in inside if t.type in ("DATE", "TIME") or t.layer == "period"]
        if dated and all(t.precision in _COARSE for t in dated):
            found[index] = "summary"
        elif trend and not inside and "," not in body:
            found[index] = "summary"  # "Relations warmed in the second Eisenhower term.": how ties went, with no date
    return found


# a line of an infobox: a short capitalized label and a colon, or cells split by a bar
# (a label may run to a short clause: "Indian high commission in South Africa closed: 1954")
_FIELD = re.compile(r"[ \t]*[A-Z][\w'’()/ -]{0,48}:[ \t]+\S|[^\n|]*\S[ \t]+\|[ \t]+\S")
# a field of a quick-facts box with a dot leader between its label and value ("Treaty of friendship ...... 11 July 1961")
_DOT_LEADER = re.compile(r"^[ \t]*\S[^\n]{0,60}?[ \t]*\.{5,}(?:[ \t]+\S|[ \t]*$)", re.M)
# a rule line drawn above or below a box of fields ("-----", "=====")
_RULE_LINE = re.compile(r"[ \t]*(?:-{3,}|={3,}|_{3,}|\*{3,})[ \t]*")


# a page's table of contents: its title line, then one numbered line a section ("1 Background", "2.1 The treaty")
_CONTENTS = re.compile(r"[ \t]*(?:Table of contents|Contents|CONTENTS)[ \t]*(?:\[[a-z]+\])?[ \t]*\n")
_CONTENTS_LINE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S")


def _contents(body: str) -> bool:
    """Whether every line after a contents title is a short numbered line, two at least."""
    lines = [line for line in body.split("\n")[1:] if line.strip()]
    return len(lines) >= 2 and all(len(line) <= 80 and _CONTENTS_LINE.match(line) for line in lines)


# a line opening with a short label and a colon ("Treaties: ...", "Established: 1920"): the splitter makes each such
# line a sentence of its own (text/sentences.py), so an infobox of them arrives as a run of one-line sentences
_LABEL_LINE = re.compile(FIELD_LINE)
# a quick fact whose value ends in its number ("Recognition: 14 May 1948", "Embassies opened: 1949"): the splitter
# makes it an entry that tells its act at its date, so it is never furniture, though it belongs to the run
_FACT = re.compile(FACT_LINE)


def _field_runs(text: str, sentences: Sequence[Sentence]) -> set[int]:
    """Indices of the one-line sentences that stand, a line each, in a run of two or more labelled fields, none ending
    as a sentence does: an infobox the splitter cut at its labels ("Established: 1920" over "Treaties: Treaty of
    Friendship (1921); ..."); a quick fact ending in its number is an entry and stays. A record whose field tells its act in a sentence ("Summary: Chile and Peru signed ...")
    ends as a sentence does and is kept."""
    found: set[int] = set()
    run: list[int] = []
    previous_end = -1
    for index, sentence in enumerate(sentences):
        body = text[sentence.start : sentence.end]
        field = (":" in body[:27] and "\n" not in body.strip() and _LABEL_LINE.match(body.lstrip(" \t")) is not None
                 and not body.rstrip().endswith((".", "!", "?")))
        if field and run and text.count("\n", previous_end, sentence.start) == 1 and not text[previous_end : sentence.start].strip():
            run.append(index)
        else:
            if len(run) >= 2:
                found.update(run)
            run = [index] if field else []
        previous_end = sentence.end
    if len(run) >= 2:
        found.update(run)
    return {index for index in found if not _FACT.match(text, sentences[index].start)}


def _infobox(body: str) -> bool:
    """Whether a sentence of several lines is an infobox: two lines at least, each a field or a row of cells (one plain
    title line may head it), none ending as a sentence does."""
    lines = [line for line in body.split("\n") if line.strip() and not _RULE_LINE.fullmatch(line)]
    fields = sum(1 for line in lines if _FIELD.match(line))
    return len(lines) >= 2 and fields >= 2 and fields >= len(lines) - 1 and not any(
        line.rstrip().endswith((".", "!", "?")) for line in lines)


def _bar_menu(body: str) -> bool:
    """Whether a line is a menu of links split by bars, four at least: short items, none ending as a sentence does."""
    items = body.split(" | ")
    return "\n" not in body and body[0] != "|" and body[-1] != "|" and all(len(item) <= 60 and not item.rstrip().endswith((".", "!", "?")) for item in items)


def _lead_section(sections: Sequence[Section]) -> int | None:
    """The page's opening section (under its title, if any) when later sections tell the story under headings."""
    if len(sections) < 2 or sections[0].start != 0 or sections[0].kind != "body":
        return None
    if not any(section.heading for section in sections[1:]):
        return None
    return 0
