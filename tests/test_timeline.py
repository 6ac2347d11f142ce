"""One timeline from many sources: merging, disagreements, the relations index, periods, plot and TimelineJS.

The demo corpus (plus the seed pages when ../shared is beside the repository) is built once into a store
file; tests check properties that hold however the event extractor improves: what the expected merges
(tests/data/demo_merges.jsonl) and expected periods (tests/data/demo_periods.jsonl) say.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.model import Document, Event, content_id
from detente.pipeline import build
from detente.resources import demo_paths
from detente.store import open_store
from detente.timeline import conflicts as conflicts_module
from detente.timeline import merge
from detente.timeline.index import build_rows, relations_index
from detente.timeline.merge import same_happening
from detente.timeline.periods import act_boundaries, detect, pelt, periods, sparse, stated_in_text
from tests.conftest import SEEDS

DATA = Path(__file__).parent / "data"


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _corpus() -> list[str]:
    with demo_paths() as paths:
        found = [str(path) for path in paths]
    return found + [str(path) for path in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    """The demo corpus and the seeds, built once into a store file."""
    path = str(tmp_path_factory.mktemp("timeline") / "demo.db")
    with open_store(path) as store:
        build(_corpus(), store)
    return path


@pytest.fixture
def demo(demo_db):
    with open_store(demo_db) as store:
        yield store


def _timeline_dump(store) -> dict:
    dump = store.dump()
    return {table: dump[table] for table in ("timeline_events", "timeline_members", "timeline_actors", "stated_periods")}


# merging ----------------------------------------------------------------------------------------------

def _member_events(store, member: dict, date: str) -> list[str]:
    """Stored events of one expected sentence on the USA–USSR timeline (both take part), dated within a year of
    the happening (misdated or miscoded ones are the extractor's business, not the merger's)."""
    from detente.model import date_bounds
    from detente.timeline.families import families_of

    low, high = date_bounds(date)
    low = f"{int(low[:4]) - 1}{low[4:]}"
    high = f"{int(high[:4]) + 1}{high[4:]}"
    return [
        event.id for event in store.events()
        if (event.doc == member["doc"] or event.doc.endswith("/" + member["doc"]))
        and member["evidence"] in event.evidence and event.date
        and {"cow:2", "cow:365"} <= set(families_of(event.actors))
        and date_bounds(event.date)[0] >= low and date_bounds(event.date)[1] <= high
    ]


def _membership(store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT event_id, timeline_id FROM timeline_members").fetchall())


def test_date_bounds_cover_every_precision_down_to_the_century():
    from detente.model import date_bounds

    assert date_bounds("1933-11-16") == ("1933-11-16", "1933-11-16")
    assert date_bounds("1940-02") == ("1940-02-01", "1940-02-29")
    assert date_bounds("1941") == ("1941-01-01", "1941-12-31")
    assert date_bounds("194") == ("1940-01-01", "1949-12-31")
    assert date_bounds("19") == ("1900-01-01", "1999-12-31")
    assert date_bounds("1939/1945-05") == ("1939-01-01", "1945-05-31")
    assert date_bounds("x") == (None, None) and date_bounds(None) == (None, None)


def test_every_stored_event_is_on_the_timeline_once(demo):
    members = demo.conn.execute("SELECT COUNT(*), COUNT(DISTINCT event_id) FROM timeline_members").fetchone()
    assert members[0] == members[1] == demo.counts()["events"] > 0
    orphans = demo.conn.execute(
        "SELECT COUNT(*) FROM timeline_members m LEFT JOIN timeline_events t ON t.id = m.timeline_id WHERE t.id IS NULL"
    ).fetchone()[0]
    assert orphans == 0


def test_sources_of_one_happening_are_one_timeline_event(demo):
    """No two timeline events describe the same expected happening: each sentence the extractor dated near the
    happening has one of its events in the happening's timeline event."""
    membership = _membership(demo)
    split, checked = [], 0
    for group in _read("demo_merges.jsonl"):
        sentences = [(m, _member_events(demo, m, group["date"])) for m in group["members"]]
        sentences = [(m, ids) for m, ids in sentences if ids]
        if len(sentences) < 2:
            continue  # the extractor does not give two sources of this one yet: nothing to merge
        checked += 1
        timelines = [{membership[i] for i in ids} for _, ids in sentences]
        counts: dict[str, int] = {}
        for found in timelines:
            for timeline_id in found:
                counts[timeline_id] = counts.get(timeline_id, 0) + 1
        main = max(sorted(counts), key=counts.get)
        apart = [m["doc"] for (m, _), found in zip(sentences, timelines, strict=True) if main not in found]
        if apart:
            split.append((group["id"], apart))
    assert not split, split
    assert checked >= 5, f"only {checked} expected merges have two sources on the USA–USSR timeline"


def test_no_timeline_event_joins_two_expected_happenings(demo):
    membership = _membership(demo)
    owner: dict[str, str] = {}
    joined = []
    for group in _read("demo_merges.jsonl"):
        for member in group["members"]:
            for event_id in _member_events(demo, member, group["date"]):
                timeline_id = membership[event_id]
                if owner.setdefault(timeline_id, group["id"]) != group["id"]:
                    joined.append((owner[timeline_id], group["id"]))
    assert not joined, joined


def test_same_corpus_in_any_order_and_in_batches_gives_the_same_timeline(demo, tmp_path):
    corpus = _corpus()
    shuffled = corpus[::-1]
    random.Random(5).shuffle(shuffled)
    with open_store(tmp_path / "batches.db") as store:
        build(shuffled[: len(shuffled) // 2], store)  # incremental: a second build adds to the first
        build(shuffled[len(shuffled) // 2 :], store)
        assert _timeline_dump(store) == _timeline_dump(demo)


def test_sync_puts_events_stored_without_the_timeline_on_it(demo, demo_db, tmp_path):
    import shutil

    shutil.copy(demo_db, tmp_path / "late.db")  # the same stored events, then the timeline taken away
    with open_store(tmp_path / "late.db") as store:
        with store.transaction():
            for table in ("timeline_members", "timeline_actors", "timeline_events", "stated_periods", "stated_period_documents"):
                store.conn.execute(f"DELETE FROM {table}")
        merge.sync(store)
        assert _timeline_dump(store) == _timeline_dump(demo)


def _event(ident: str, doc: str, date: str, actors=("USA", "SUN"), cameo="054", kind="SUPPORT", evidence="",
           goldstein=6.0, quad=1, precision="day", start=0) -> Event:
    return Event(
        id=ident, doc=doc, doc_id=doc, date=date, date_text=date, precision=precision, source=actors[0],
        target=actors[1] if len(actors) > 1 else None, actors=list(actors), type=kind, cameo=cameo,
        goldstein=goldstein, quad=quad, polarity="cooperation" if goldstein > 0 else "conflict",
        evidence=evidence or f"{ident} happened", span=(start, start + 10),
    )


def _items(*events):
    return merge._items(events)


def test_same_happening_needs_families_dates_types_and_words():
    a, b, c, d, e, f = _items(
        _event("a", "d1", "1933-11-16", evidence="Washington formally recognized the Soviet government after an exchange of letters"),
        _event("b", "d2", "1934-11", precision="month", actors=("USA", "RSFSR"),
               evidence="Washington finally recognized the Soviet government after letters on propaganda"),
        _event("c", "d3", "1933-11-16", actors=("USA", "CHN"), evidence="Washington formally recognized the government"),
        _event("d", "d4", "1936-11", precision="month", evidence="Washington finally recognized the Soviet government"),
        _event("e", "d5", "1933-11-16", cameo="190", kind="ASSAULT", quad=4, goldstein=-10,
               evidence="Washington formally recognized the Soviet government after talks"),
        _event("f", "d6", "1934-11", precision="month", evidence="grain sales were agreed in a new treaty of commerce"),
    )
    assert same_happening(a, b)  # RSFSR and SUN are one line of succession; a year off, same type and words
    assert not same_happening(a, c)  # another pair
    assert not same_happening(a, d)  # three years off
    assert not same_happening(a, e)  # an assault is not a recognition
    assert not same_happening(a, f)  # a year off and nothing in common
    assert same_happening(b, a) == same_happening(a, b)


def test_two_readings_of_one_sentence_are_one_happening_only_with_the_same_parties_date_and_polarity():
    a, b, c, d, e = _items(
        _event("a", "d1", "1933-11-16", evidence="They agreed"),
        _event("b", "d1", "1933-11-16", cameo="030", kind="AGREE", evidence="They agreed"),
        _event("c", "d1", "1933-11-17", cameo="030", kind="AGREE", evidence="They agreed"),
        _event("d", "d1", "1933-11-16", actors=("USA", "GBR"), cameo="030", kind="AGREE", evidence="They agreed"),
        # a hostile act in the same sentence, same parties and day ("tanks faced each other ... then withdrew")
        _event("e", "d1", "1933-11-16", cameo="150", kind="MOBILIZE", quad=4, goldstein=-7.2, evidence="They agreed"),
    )
    assert same_happening(a, b)
    assert not same_happening(a, c) and not same_happening(a, d)
    assert not same_happening(a, e) and not same_happening(b, e)
    one_source = conflicts_module.resolve([a.event, b.event])
    assert one_source.conflict is None and len(one_source.versions["types"]) == 2  # kept, but no disagreement


def test_best_supported_date_and_type_by_the_documented_rule():
    events = [
        _event("e1", "doc-b", "1933-11-16"), _event("e2", "doc-c", "1933-11"), _event("e3", "doc-d", "1934-11"),
        _event("e4", "doc-a", "1933-11-16", cameo="040", kind="CONSULT", quad=1),
    ]
    choice = conflicts_module.resolve(events)
    assert choice.date == "1933-11-16"  # 3 documents overlap it (e1, e2, e4); the day beats the month on precision
    assert choice.type == "SUPPORT"  # 3 documents against 1
    assert choice.conflict == "date,type"
    assert choice.representative.id == "e1"
    dates = {version["date"]: version["support"] for version in choice.versions["dates"]}
    assert dates == {"1933-11-16": 3, "1933-11": 3, "1934-11": 1}
    tie = conflicts_module.resolve([_event("x", "doc-z", "1950"), _event("y", "doc-y", "1951")])
    assert tie.date == "1951" and tie.conflict == "date"  # equal support and precision: the earliest document id wins
    tie = conflicts_module.resolve([_event("x", "doc-a", "1950"), _event("y", "doc-b", "1951")])
    assert tie.date == "1950"


# the planted disagreement ----------------------------------------------------------------------------

def test_the_planted_recognition_date_disagreement_is_reported(demo_db):
    result = CliRunner().invoke(cli, ["conflicts", "--db", demo_db, "--format", "jsonl", "--kind", "date"])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.output.splitlines()]
    planted = [
        record for record in found
        if any(version["date"].startswith("1934") for version in record["dates"])
        and any(version["date"].startswith("1933-11") for version in record["dates"])
    ]
    assert planted, found
    record = planted[0]
    assert record["date"].startswith("1933-11")  # the best-supported version
    late = next(version for version in record["dates"] if version["date"].startswith("1934"))
    assert any(source["doc"].endswith("06_embassy_history.txt") for source in late["sources"])
    assert set(record["actors"]) >= {"USA"} and "date" in record["conflict"]
    table = CliRunner().invoke(cli, ["conflicts", "--db", demo_db])
    assert table.exit_code == 0 and "1934-11" in table.output


# the merged timeline on the command line ---------------------------------------------------------------

def _merged(demo_db, *args) -> list[dict]:
    result = CliRunner().invoke(cli, ["timeline", "--db", demo_db, "--merged", "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_timeline_merged_gives_one_line_per_happening_with_every_source(demo_db):
    merged = _merged(demo_db, "--actors", "USA,USSR")
    events = CliRunner().invoke(cli, ["timeline", "--db", demo_db, "--actors", "USA,USSR", "--format", "jsonl"])
    stored = [json.loads(line) for line in events.output.splitlines()]
    assert 0 < len(merged) < len(stored)  # the demo corpus tells several happenings more than once
    # every stored event of the pair is a source of exactly one merged line
    sources = [source["event_id"] for record in merged for source in record["sources"]]
    assert len(sources) == len(set(sources))
    assert {record["id"] for record in stored} <= set(sources)
    told_often = [record for record in merged if record["source_count"] >= 3]
    assert told_often
    for record in told_often:
        assert len(record["sources"]) == record["source_count"]
        assert record["evidence"] in {source["evidence"] for source in record["sources"]}
    assert any(len({source["doc_id"] for source in record["sources"]}) >= 3 for record in told_often)
    # a sentence's friendly and hostile acts are never one line: each merged line has one polarity in its sources
    for record in merged:
        assert len({source["polarity"] for source in record["sources"] if source["doc_id"] == record["sources"][0]["doc_id"]
                    and source["span"] == record["sources"][0]["span"]}) == 1
    begins = [record["begin"] for record in merged if record["begin"]]
    assert begins == sorted(begins)


def test_timeline_merged_flags_the_planted_disagreement_and_filters_by_year(demo_db):
    merged = _merged(demo_db, "--actors", "USA,SUN", "--from", "1933", "--to", "1934")
    flagged = [record for record in merged if record["conflict"] and "date" in record["conflict"]]
    assert flagged, [record["evidence"] for record in merged]
    assert {source["date"][:4] for source in flagged[0]["sources"]} >= {"1933", "1934"}
    assert all(record["end"] >= "1933" and record["begin"] <= "1934-12-31" for record in merged)
    csv_out = CliRunner().invoke(cli, ["timeline", "--db", demo_db, "--merged", "--actors", "USA,SUN", "--format", "csv"])
    lines = csv_out.output.splitlines()
    assert lines[0].startswith("id,date,precision,begin,end,source,target,actors,type")
    table = CliRunner().invoke(cli, ["timeline", "--db", demo_db, "--merged", "--actors", "USA,SUN", "--to", "1940"])
    assert table.exit_code == 0 and "sources" in table.output and "1933" in table.output


# the index ---------------------------------------------------------------------------------------------

def _store_with(store, events: list[Event]) -> None:
    by_doc: dict[str, list[Event]] = {}
    for event in events:
        by_doc.setdefault(event.doc_id, []).append(event)
    for doc_id, items in by_doc.items():
        store.write_document(Document(id=doc_id, origin=doc_id, text="x"), {})
        with store.transaction():
            for event in items:
                store._write_event(event)
    merge.sync(store)


def _random_events(count: int, seed: int = 3) -> list[Event]:
    rng = random.Random(seed)
    cameos = [("042", "CONSULT", 1, 1.9), ("057", "SUPPORT", 1, 8.0), ("070", "AID", 2, 7.0), ("112", "ACCUSE", 3, -2.0),
              ("190", "ASSAULT", 4, -10.0), ("D01", "TRANSITION", 0, 0.0)]
    events = []
    for number in range(count):
        year = rng.randint(1917, 1991)
        shape = rng.random()
        date = f"{year}" if shape < 0.3 else f"{year}-{rng.randint(1, 12):02d}" if shape < 0.6 else \
            f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if shape < 0.9 else f"{year}/{year + 2}"
        cameo, kind, quad, score = rng.choice(cameos)
        pair = rng.choice([("USA", "SUN"), ("SUN", "USA"), ("RSFSR", "USA"), ("USA", "GBR"), ("USA", "SUN", "GBR")])
        events.append(_event(f"r{number:05d}", f"doc{number % 40:02d}", date, actors=pair, cameo=cameo, kind=kind,
                             quad=quad, goldstein=score, evidence=f"unique{number} words{number} here{number}",
                             start=number * 20))
    return events


def _python_index(store, by: str, ordered: bool) -> dict[str, tuple]:
    """The same aggregation in plain Python over the timeline events: what the SQL must give."""
    width = {"month": 7, "year": 4, "decade": 3}[by]
    found: dict[str, list] = {}
    for record in store.timeline_records():
        pair = (record["source_family"], record["target_family"])
        wanted = {("cow:2", "cow:365")} if ordered else {("cow:2", "cow:365"), ("cow:365", "cow:2")}
        if pair not in wanted or not record["date_begin"] or record["date_begin"][:width] != record["date_end"][:width]:
            continue
        row = found.setdefault(record["date_begin"][:width], [0, 0.0, [0] * 5])
        row[0] += 1
        row[1] += record["goldstein"]
        row[2][record["quad"]] += 1
    return {bucket: (row[0], round(row[1], 3), tuple(row[2])) for bucket, row in found.items()}


@pytest.mark.parametrize("by", ["month", "year", "decade"])
@pytest.mark.parametrize("ordered", [False, True])
def test_index_by_sql_equals_the_same_sums_in_python(store, by, ordered):
    _store_with(store, _random_events(400))
    rows = relations_index(store, ["USA", "USSR"], by=by, ordered=ordered)
    expected = _python_index(store, by, ordered)
    got = {}
    for row in rows:
        key = row.bucket[:3] if by == "decade" else row.bucket
        got[key] = (row.events, row.goldstein_sum, (row.neutral, row.quad1, row.quad2, row.quad3, row.quad4))
        assert row.goldstein_mean == pytest.approx(row.goldstein_sum / row.events, abs=1e-3)
    assert got == expected and got


def test_index_buckets_hold_events_whose_whole_date_lies_inside(store):
    _store_with(store, [
        _event("a", "d1", "1972-05-26", cameo="057", kind="SUPPORT", goldstein=8.0, evidence="arms accords signed"),
        _event("b", "d2", "1972", precision="year", cameo="112", kind="ACCUSE", goldstein=-2.0, quad=3, evidence="a quarrel"),
        _event("c", "d3", "1969/1979", precision="range", cameo="042", kind="CONSULT", goldstein=1.9, evidence="talks"),
        _event("d", "d4", "1975-07", precision="month", cameo="190", kind="ASSAULT", goldstein=-10.0, quad=4, evidence="a clash"),
    ])
    months = {row.bucket: row.events for row in relations_index(store, ["USA", "SUN"], by="month")}
    assert months == {"1972-05": 1, "1975-07": 1}
    years = {row.bucket: (row.events, row.goldstein_sum, row.quad1, row.quad3) for row in relations_index(store, ["USA", "SUN"])}
    assert years == {"1972": (2, 6.0, 1, 1), "1975": (1, -10.0, 0, 0)}
    decades = relations_index(store, ["USA", "SUN"], by="decade", halflife=1.0)
    assert [(row.bucket, row.events) for row in decades] == [("1970s", 3)]
    smoothed = relations_index(store, ["USA", "SUN"], halflife=3.0)
    # 1975: (-10 + (8 - 2) * 0.5 ** (3 / 3)) / (1 + 2 * 0.5)
    assert smoothed[1].smoothed == pytest.approx((-10 + 6 * 0.5) / (1 + 2 * 0.5), abs=1e-3)


def test_turning_point_acts_of_a_pair_by_sql(store):
    """The turning-point acts between the pair dated within the years asked, by CAMEO code (a code under a listed one
    counts; a range over two years, other pairs and other acts do not)."""
    from detente.timeline.periods import turning_acts

    _store_with(store, [
        _event("a", "d1", "1972-05-26", cameo="057", kind="SUPPORT", goldstein=8.0, evidence="arms accords signed"),
        _event("b", "d2", "1972", precision="year", cameo="112", kind="ACCUSE", goldstein=-2.0, quad=3, evidence="a quarrel"),
        _event("c", "d3", "1972/1973", precision="range", cameo="054", goldstein=6.0, evidence="relations established"),
        _event("d", "d4", "1973-07", precision="month", cameo="1951", kind="ASSAULT", goldstein=-10.0, quad=4,
               evidence="an air strike"),
        _event("e", "d5", "1972-03", actors=("USA", "GBR"), cameo="054", evidence="the British recognized"),
    ])
    families = ("cow:2", "cow:365")
    assert turning_acts(store, families, 1972, 1972) == {"057": 1}
    assert turning_acts(store, families, 1972, 1973) == {"054": 1, "057": 1, "1951": 1}
    assert turning_acts(store, families, 1974, 1980) == {}


def test_detected_periods_unnamed_by_the_texts_are_named_by_their_opening_acts(tmp_path):
    """With no stated period to name them, detected periods take the act they open with (armed force, broken
    relations, recognition) when their polarity agrees with it, and a cooperative period between two periods of
    conflict that opens with a treaty and a summit is détente."""
    acts = {"ACCUSE": ("112", 3, -2.0), "THREATEN": ("130", 3, -4.4), "AGREE": ("030", 1, 4.0),
            "CONSULT": ("046", 1, 7.0)}
    opening = {1950: [("190", "ASSAULT", 4, -10.0)], 1960: [("057", "SUPPORT", 1, 8.0), ("043", "CONSULT", 1, 2.8)],
               1970: [("161", "SANCTION", 3, -4.0)], 1980: [("054", "SUPPORT", 1, 6.0)]}
    events = []
    for year in range(1950, 1990):
        kinds = ("ACCUSE", "THREATEN") if (year - 1950) // 10 % 2 == 0 else ("AGREE", "CONSULT")
        todo = [(acts[kind][0], kind, acts[kind][1], acts[kind][2]) for kind in kinds] + opening.get(year, [])
        for number, (cameo, kind, quad, score) in enumerate(todo):
            ident = f"y{year}n{number}"
            events.append(_event(ident, f"doc{year}", f"{year}-{number + 1:02d}-15", cameo=cameo, kind=kind, quad=quad,
                                 goldstein=score, evidence=f"{ident} words{ident}", start=number * 20))
    with open_store(tmp_path / "acts.db") as store:
        _store_with(store, events)
        found = [p for p in periods(store, ["USA", "USSR"], kinds=("detected",)) if p.level == 1]
    assert [(p.start, p.end) for p in found] == [(1950, 1960), (1960, 1970), (1970, 1980), (1980, 1989)]
    assert [p.label for p in found] == ["armed conflict", "détente", "broken relations", "recognition"]
    assert found[1].opens_with == ["summit", "treaty"] and found[0].opens_with == ["armed force"]


def test_index_rejects_a_pair_that_is_one_state(store):
    from detente.errors import ConfigError

    with pytest.raises(ConfigError, match="one state"):
        relations_index(store, ["SUN", "RUS"])


# periods ----------------------------------------------------------------------------------------------

def test_pelt_finds_the_changes_of_a_step_series():
    means = [5.0] * 10 + [-6.0] * 8 + [4.0] * 12
    counts = [3] * len(means)
    sums = [m * 3 for m in means]
    squares = [3 * (m * m + 1.0) for m in means]  # each year's three events spread +-1 around its mean
    assert pelt(counts, sums, squares, penalty=20.0) == [0, 10, 18]
    assert pelt(counts, sums, squares, penalty=1e6) == [0]


def test_detect_turns_changes_into_periods_that_meet():
    rows = build_rows([(str(1920 + i), 1, 2, 2 * (6.0 if i < 10 else -6.0), 2 * 37.0) for i in range(20)], "year", 2.0)
    segments = detect(rows, penalty=2.0)
    assert [(start, end, level) for start, end, _, level in segments] == [(1920, 1930, 1), (1930, 1939, 1)]
    far = detect(rows, penalty=2.0, stated_years={1925})  # a stated boundary the scores do not bear out is no change
    assert [(start, end) for start, end, _, _ in far] == [(1920, 1930), (1930, 1939)]
    gap = [row for row in rows if not 1926 <= int(row.bucket) <= 1932]  # nothing dated 1926-1932
    assert [(start, end, level) for start, end, _, level in detect(gap)] == [(1920, 1933, 1), (1933, 1939, 1)]
    moved = detect(gap, stated_years={1929})  # a stated boundary inside the gap is where it starts
    assert [(start, end) for start, end, _, _ in moved] == [(1920, 1929), (1929, 1939)]


def _synthetic_rows(levels: dict[int, tuple[float, float]], spread: float = 1.5, per_year: int = 6, seed: int = 11,
                    skip: frozenset[int] = frozenset()):
    """Yearly index rows of a pair whose events follow known regimes: year -> (mean Goldstein, share of conflict).
    Cooperative events are quad 1, conflictual ones quad 4; scores are Gaussian around the regime's mean."""
    rng = random.Random(seed)
    rows = []
    for year in sorted(levels):
        if year in skip:
            continue
        mean, conflict = levels[year]
        for _ in range(per_year):
            hostile = rng.random() < conflict
            rows.append((str(year), 4 if hostile else 1, 1, score := mean + rng.gauss(0, spread), score * score))
    return build_rows(sorted(rows), "year", 2.0)


def _regimes(spec: list[tuple[int, float, float]], last: int) -> dict[int, tuple[float, float]]:
    levels = {}
    for number, (start, mean, conflict) in enumerate(spec):
        end = spec[number + 1][0] if number + 1 < len(spec) else last + 1
        for year in range(start, end):
            levels[year] = (mean, conflict)
    return levels


def test_detect_finds_the_known_changes_of_a_synthetic_series():
    rows = _synthetic_rows(_regimes([(1950, 4.0, 0.1), (1960, -5.0, 0.8), (1975, 1.0, 0.4), (1983, 6.0, 0.0)], 1995))
    level_one = [(start, end) for start, end, _, level in detect(rows) if level == 1]
    assert level_one == [(1950, 1960), (1960, 1975), (1975, 1983), (1983, 1995)]
    assert [(s, e) for s, e, _, level in detect(rows, penalty=40.0)] == [(1950, 1995)]  # the user's penalty still rules


def test_detect_sees_a_change_of_the_event_mix_at_an_equal_mean_score():
    """Two regimes with the same mean Goldstein score, the second with far more acts of conflict: only a cost on
    several series at once (score, conflict share, material share) tells them apart."""
    rng = random.Random(4)
    raw = []
    for year in range(1900, 1930):
        for _ in range(8):
            if year < 1915:
                quad, score = 1, 1.0 + rng.gauss(0, 0.3)  # mild cooperation all along
            else:
                quad, score = (1, 6.0) if rng.random() < 0.5 else (4, -4.0)  # sharp swings averaging the same
                score += rng.gauss(0, 0.3)
            raw.append((str(year), quad, 1, score, score * score))
    rows = build_rows(sorted(raw), "year", 2.0)
    assert abs(sum(r.goldstein_sum for r in rows[:15]) / 120 - sum(r.goldstein_sum for r in rows[15:]) / 120) < 0.6
    changes = [s for s, _, _, level in detect(rows) if level == 1]
    assert len(changes) == 2 and abs(changes[1] - 1915) <= 1, changes


def test_detect_minimum_length_and_stated_boundaries_in_a_quiet_stretch():
    levels = _regimes([(1900, 5.0, 0.0), (1920, -5.0, 1.0)], 1939)
    one_year_swing = {**levels, 1910: (-6.0, 1.0)}  # a one-year crisis inside a cooperative period
    rows = _synthetic_rows(one_year_swing, per_year=3)
    assert [(s, e) for s, e, _, level in detect(rows) if level == 1] == [(1900, 1920), (1920, 1939)]
    quiet = _synthetic_rows(levels, skip=frozenset(range(1912, 1925)))  # nothing dated 1912-1924
    assert [s for s, _, _, level in detect(quiet) if level == 1] == [1900, 1925]  # no statement: the first year seen
    stated = detect(quiet, stated_years={1918: 3, 1921: 1})  # three documents put a boundary at 1918, one at 1921
    assert [(s, e) for s, e, _, level in stated if level == 1] == [(1900, 1918), (1918, 1939)]


def test_detect_finds_a_period_within_a_period_on_a_second_pass():
    """A long hostile era with a milder decade inside (détente within the Cold War): level 1 keeps the era whole
    when the milder decade is close to it; the second pass within it finds the decade."""
    rows = _synthetic_rows(_regimes([(1900, 7.0, 0.0), (1920, -4.0, 0.9), (1940, -2.0, 0.7), (1950, -4.0, 0.9)], 1969),
                           spread=2.5, per_year=4, seed=2)
    found = detect(rows)
    assert [(s, e) for s, e, _, level in found if level == 1] == [(1900, 1920), (1920, 1969)]
    inner = [(s, e) for s, e, _, level in found if level == 2]
    assert any(abs(s - 1940) <= 2 and abs(e - 1950) <= 2 for s, e in inner), inner


def test_an_era_the_texts_state_is_kept_whole_with_its_changes_one_level_down():
    """A hostile era with a friendly decade inside: the scores alone split the era at level 1; when documents
    state the era as one period, a change inside it costs more at level 1 and comes out at level 2 within it.
    The scores still decide: one document against a change this strong does not keep the era whole."""
    rows = _synthetic_rows(_regimes([(1900, 5.0, 0.0), (1920, -4.0, 0.9), (1935, 3.0, 0.1), (1945, -4.0, 0.9)], 1959),
                           per_year=4, seed=3)
    alone = [(s, e) for s, e, _, level in detect(rows) if level == 1]
    assert alone == [(1900, 1920), (1920, 1935), (1935, 1945), (1945, 1959)]
    one = detect(rows, stated_years={1920: 1, 1959: 1}, stated_spans=[(1920, 1959, 1)])
    assert [(s, e) for s, e, _, level in one if level == 1] == alone
    five = detect(rows, stated_years={1920: 5, 1959: 5}, stated_spans=[(1920, 1959, 5)])
    assert [(s, e) for s, e, _, level in five if level == 1] == [(1900, 1920), (1920, 1959)]
    assert [(s, e) for s, e, _, level in five if level == 2] == [(1920, 1935), (1935, 1945), (1945, 1959)]
    short = detect(rows, stated_spans=[(1933, 1940, 9)])  # shorter than a period worth nesting: no era
    assert [(s, e) for s, e, _, level in short if level == 1] == alone


def test_a_stated_boundary_that_a_turning_point_act_confirms_is_a_change_at_an_equal_level():
    """Two cooperative regimes of one level (rapprochement, then normalization once relations are established): the
    scores see no change. A stated boundary alone is none; the same boundary with a turning-point act in its first
    year with events is a change; a turning-point act no text puts a boundary at is none; an era the texts state
    around the boundary still costs a change there."""
    rows = _synthetic_rows(_regimes([(1900, -5.0, 0.9), (1920, 4.0, 0.1)], 1949), per_year=4, seed=5)
    assert [(s, e) for s, e, _, level in detect(rows) if level == 1] == [(1900, 1920), (1920, 1949)]
    stated = {1920: 1, 1935: 1}
    assert [(s, e) for s, e, _, _ in detect(rows, stated_years=stated)] == [(1900, 1920), (1920, 1949)]
    confirmed = detect(rows, stated_years=stated, turning={1935: 1})
    assert [(s, e, level) for s, e, _, level in confirmed] == [(1900, 1920, 1), (1920, 1935, 1), (1935, 1949, 1)]
    unstated = detect(rows, stated_years={1920: 1}, turning={1935: 2})
    assert [(s, e) for s, e, _, _ in unstated] == [(1900, 1920), (1920, 1949)]
    quiet = _synthetic_rows(_regimes([(1900, -5.0, 0.9), (1920, 4.0, 0.1)], 1949), per_year=4, seed=5,
                            skip=frozenset(range(1932, 1938)))  # nothing dated 1932-1937: the act comes in 1938
    moved = detect(quiet, stated_years=stated, turning={1938: 1})
    assert [(s, e) for s, e, _, _ in moved] == [(1900, 1920), (1920, 1935), (1935, 1949)]
    held = detect(rows, stated_years=stated, turning={1935: 1}, stated_spans=[(1925, 1945, 1)])
    assert [(s, e) for s, e, _, _ in held] == [(1900, 1920), (1920, 1949)]


def test_a_swing_that_comes_back_is_an_episode_of_the_period_an_established_standing_opens():
    """Relations established (recognition), a three-year chill of accusations, then closer cooperation than before:
    the scores split the chill off as a period; the act that set the standing holds it as an episode of the period
    it opens (found again one level down), unless the chill opens with an act of the other kind (broken relations,
    armed force), does not come back, lasts a period worth nesting, or nothing set the standing."""
    spec = [(1900, -5.0, 0.9), (1920, 3.0, 0.1), (1926, -4.0, 0.9), (1929, 6.0, 0.0)]
    rows = _synthetic_rows(_regimes(spec, 1945), per_year=5, seed=3)
    alone = [(s, e) for s, e, _, level in detect(rows) if level == 1]
    assert alone == [(1900, 1920), (1920, 1926), (1926, 1929), (1929, 1945)]

    def acts(opening: dict[int, dict[str, int]]):
        return lambda year: opening.get(year, {})

    recognized = detect(rows, acts=acts({1920: {"054": 1}}))
    assert [(s, e) for s, e, _, level in recognized if level == 1] == [(1900, 1920), (1920, 1929), (1929, 1945)]
    assert [(s, e) for s, e, _, level in recognized if level == 2] == [(1920, 1926), (1926, 1929)]
    for opening in ({1920: {"054": 1}, 1926: {"161": 1}}, {1920: {"054": 1}, 1926: {"1951": 2}}, {1920: {"057": 1}},
                    {1920: {"190": 1}}, {}):  # an act of the other kind opens the chill, or no standing act opens 1920
        assert [(s, e) for s, e, _, level in detect(rows, acts=acts(opening)) if level == 1] == alone, opening
    turned = _synthetic_rows(_regimes(spec[:3], 1945), per_year=5, seed=3)  # the chill is the last period: a turn
    assert [s for s, _, _, level in detect(turned, acts=acts({1920: {"054": 1}})) if level == 1] == [1900, 1920, 1926]
    long = _synthetic_rows(_regimes([*spec[:3], (1934, 6.0, 0.0)], 1950), per_year=5, seed=3)  # eight years of chill
    assert [s for s, _, _, level in detect(long, acts=acts({1920: {"054": 1}})) if level == 1] == [1900, 1920, 1926, 1934]


def test_on_a_sparse_series_a_standing_act_that_changes_the_standing_proposes_a_boundary():
    """Seventeen events over sixty years, no text stating a period: a cooperative start, recognition after a hostile
    year, relations broken two years later, a long hostility with a passing treaty, relations restored. Each change
    of a few events explains less than its BIC penalty, so the scores alone keep one period. A standing act whose
    kind differs from the events before it (recognition after hostility) or from the standing act before it (a break
    after recognition) proposes a boundary that the act confirms; armed force within the hostility that the break
    opened, and a treaty (no standing act), propose none. The user's penalty still rules, and a dense series of the
    same number of years is not sparse."""
    events = [(1800, 5.0), (1810, 3.0), (1819, -6.0), (1820, 4.0), (1820, 2.0), (1821, -7.0), (1821, -5.0), (1822, -8.0),
              (1822, -6.0), (1823, -4.0), (1830, 3.0), (1836, -6.0), (1841, 5.0), (1847, -7.0), (1850, -5.0), (1858, 5.0),
              (1859, 3.0)]
    rows = build_rows(sorted((str(year), 4 if score < 0 else 1, 1, score, score * score) for year, score in events), "year", 2.0)
    opening = {1820: {"054": 1}, 1822: {"161": 1}, 1823: {"190": 1}, 1830: {"057": 1}, 1858: {"054": 1}}

    def acts(year: int) -> dict[str, int]:
        return opening.get(year, {})

    assert sparse(len(events)) and not sparse(600)
    assert act_boundaries(rows, acts) == [1820, 1822, 1858]
    assert [(s, e) for s, e, _, level in detect(rows) if level == 1] == [(1800, 1859)]
    assert [(s, e) for s, e, _, level in detect(rows, acts=lambda year: {}) if level == 1] == [(1800, 1859)]
    found = detect(rows, acts=acts)
    assert [(s, e, level) for s, e, _, level in found] == [(1800, 1820, 1), (1820, 1822, 1), (1822, 1858, 1), (1858, 1859, 1)]
    assert [(s, e) for s, e, _, _ in detect(rows, penalty=3.0, acts=acts)] == [(1800, 1859)]
    assert detect(rows, acts=acts) == found  # deterministic
    dense = _synthetic_rows(_regimes([(1800, 4.0, 0.1), (1820, -5.0, 0.9)], 1859), per_year=10, seed=7)
    assert act_boundaries(dense, lambda year: {"054": 1} if year == 1840 else {}) == [1840]
    assert detect(dense, acts=lambda year: {"054": 1} if year == 1840 else {}) == detect(dense, acts=lambda year: {})


def test_stated_periods_from_headings_ranges_and_names():
    text = (
        "Relations in the century\n\nThe uneasy truce (1933–1941)\n\nNothing happened then.\n"
        "Historians call it the Long Peace, from about 1947 to 1991, and some speak of the Cold War.\n"
        "The Korean War (1950–53) was hot.\nClosing the door, 1917–1918\n"
    )
    found = {(p["label"], p["start"], p["end"], p["how"]) for p in stated_in_text(text)}
    assert ("uneasy truce", 1933, 1941, "heading") in found
    assert ("Long Peace", 1947, 1991, "inline") in found
    assert ("Korean War", 1950, 1953, "inline") in found
    assert ("Closing the door", 1917, 1918, "heading") in found
    assert any(label == "Cold War" and how == "named" for label, _, _, how in found)
    assert not any(label.startswith("Relations in") for label, *_ in found)  # the title is the document's scope
    # a named period the text dates itself is the text's years only (this pair's war), not also the name's usual bounds
    war = [(p["start"], p["end"], p["how"]) for p in stated_in_text("Relations\n\nThe Second World War (1941–45)\n\n"
                                                                  "During the Second World War they were allies.\n")]
    assert war == [(1941, 1945, "heading"), (1939, 1945, "named")], war


def test_a_bracketed_range_after_a_state_or_person_is_no_stated_period():
    """Years in brackets after a state, a person or a pair of states give a lifetime, a tenure or the span of other
    relations, not a period the text names; after a name that is no actor they still state one."""
    text = (
        "Ties between the Kingdom of Italy and the United States (1861–1946) came before the republic's.\n"
        "The Federal Republic of Germany (1949–90) grew fast. Konrad Adenauer (1876–1967) led it.\n"
        "The Berlin Blockade (1948–49) was a test.\n"
    )
    found = {(p["label"], p["start"], p["end"]) for p in stated_in_text(text)}
    assert ("Berlin Blockade", 1948, 1949) in found
    assert not [label for label, *_ in found if label in ("United States", "Federal Republic", "Germany",
                                                           "Konrad Adenauer")], found


def test_stated_periods_quick_hints_hide_no_range(monkeypatch):
    """The quick searches that spare a text the slow range patterns (timeline.periods._INLINE_HINT, _FROM_HINT)
    find every range those patterns find: the periods read with them are those read without them."""
    from detente.timeline import periods as module

    texts = [
        "Overview\n\nThe Russo-Japanese War (1904–05) weakened the tsar. The Entente Cordiale (1904 - 1914) held.\n",
        "Overview\n\nThe Era of Good Feelings, which lasted from about 1815 to 1825, ended in rivalry.\n",
        "Overview\n\nThe Great Game, running from c. 1830 until 1907, set Britain against Russia in Asia.\n",
        "Overview\n\nThe Iraq War (2003-2011) strained ties; the Emergency, lasting from 1948 till 1960, did too.\n",
        "Overview\n\nThe Marshall Plan (1948 to 1952) rebuilt Europe, and the Berlin Airlift ran from 1948 to 1949.\n",
        "Overview\n\nNo range here (1962) and none from 1914 onward.\n",
    ]
    with_hints = [stated_in_text(text) for text in texts]
    assert sum(len(found) for found in with_hints) >= 7  # the texts do state periods
    monkeypatch.setattr(module, "_INLINE_HINT", re.compile(""))
    monkeypatch.setattr(module, "_FROM_HINT", re.compile(""))
    assert [stated_in_text(text) for text in texts] == with_hints


def _boundary_ok(period, expected) -> bool:
    low, high = expected["start"]
    return low - 1 <= period.start <= high + 1 and abs(period.end - expected["end"]) <= 1


def test_usa_ussr_periods_match_the_expected_ones_within_a_year(demo):
    found = periods(demo, ["USA", "USSR"])
    assert {p.kind for p in found} == {"stated", "detected"}
    missing = [e["label"] for e in _read("demo_periods.jsonl") if not any(_boundary_ok(p, e) for p in found)]
    assert not missing, [(p.start, p.end, p.kind, p.label) for p in found]
    for period in found:
        assert period.start <= period.end and period.kind in ("stated", "detected")
        if period.kind == "stated":
            assert period.sources and all(source["evidence"] for source in period.sources)
    detected = [p for p in found if p.kind == "detected" and p.level == 1]
    assert all(later.start == earlier.end for earlier, later in zip(detected, detected[1:], strict=False))
    nested = [p for p in found if p.kind == "detected"]
    for inner in (p for p in nested if p.level > 1):  # within one period one level up
        assert any(outer.level == inner.level - 1 and outer.start <= inner.start and inner.end <= outer.end
                   for outer in nested)


# How many of the six the detected periods alone find on today's demo corpus, exactly (a change either way
# should be looked at). The series finds the hostility of 1917-1933, the wartime alliance (1941-1945) and
# the end of the Cold War (1989-1991, level 3); the eight documents that state the Cold War as 1947-1991 keep
# it whole one level down (1947-1991, level 2, within a post-war span 1945-1991 whose first two years, the
# mixed 1945, are a transition). Détente (1969-1979, level 3): the coded 1961-63 (Vienna, Checkpoint Charlie's
# withdrawal, hotline, test ban) are as cooperative as 1972-79 (a change there explains 0.94 of the scaled
# variation, against a level-3 penalty of 8.4), with nothing dated 1964-71; four statements put a boundary at
# 1969 and the first events after it hold a turning-point act (SALT I signed in 1972), which makes the
# change on its own. The coder also reads the 1961 standoff at Checkpoint Charlie ("tanks faced each
# other") as the show of force it was, so 1961-63 no longer look as cooperative as 1972-79.
# Recognition (1933-1941): the cost ends it at the 1939 chill (three acts of conflict and an embargo in one
# year between cooperative 1933 and 1941, no turning-point act): that change explains 11.87 and costs 8.44, the BIC
# penalty 16.9 (68 events) times (1 + 1) / (1 + 3), the one heading that holds 1933-1941 as one period against
# three documents that name the Second World War with its usual 1939 (a global war's start, not one of this
# pair's acts). 1933 opens with recognition (054), and the chill opens with no act of the other kind, lasts two
# years and is followed by the cooperative wartime alliance: an episode of the recognition period (1933-1941,
# level 1), found again within it at level 2 (1933-1939, 1939-1941).
DETECTED_MATCHED = ["hostility and non-recognition", "recognition", "wartime alliance", "Cold War",
                    "détente (within the Cold War)", "end of the Cold War"]


def test_detected_periods_alone_match_the_expected_ones(demo):
    detected = periods(demo, ["USA", "USSR"], kinds=("detected",))
    expected = _read("demo_periods.jsonl")
    matched = [e["label"] for e in expected if any(_boundary_ok(p, e) for p in detected)]
    assert matched == DETECTED_MATCHED, (matched, [(p.start, p.end, p.level, p.mean_goldstein) for p in detected])
    cold_war = [p for p in detected if (p.start, p.end) == (1947, 1991)]
    assert cold_war and cold_war[0].label == "Cold War" and cold_war[0].level > 1


def test_periods_of_another_pair_china_and_the_soviet_union(tmp_path):
    """Documents of our own about China and the USSR: alliance (1950), split (1960), border clashes (1969),
    normalization (1989). The detected periods of level 1 read as that history: the split and the border war are
    both hostile (a change at 1969 explains 1.2 of the scaled variation), told apart by the stated boundary that
    the armed clashes of 1969 confirm."""
    with open_store(tmp_path / "sino.db") as store:
        build(sorted(str(path) for path in (DATA / "sino_soviet").glob("*.txt")), store)
        found = [p for p in periods(store, ["CHN", "USSR"], kinds=("detected",)) if p.level == 1]
    shape = [(p.start, p.end, p.polarity) for p in found]
    assert len(found) == 4, shape
    alliance, split, war, normal = found
    assert alliance.polarity == "cooperation" and alliance.start == 1949 and 1958 <= alliance.end <= 1960, shape
    assert split.polarity == war.polarity == "conflict" and 1968 <= split.end == war.start <= 1970, shape
    assert normal.polarity == "cooperation" and 1981 <= normal.start <= 1989 and normal.end == 1991, shape
    expected = _read("sino_soviet/expected_periods.jsonl")
    assert all(any(_boundary_ok(p, e) for p in found) for e in expected), shape
    assert alliance.key_events and split.key_events and war.key_events


def test_periods_of_a_third_pair_the_united_states_and_china(tmp_path):
    """Documents written for this test about the United States and the People's Republic of China, 1949-2001
    (tests/data/usa_china, expected_periods.jsonl there): containment (to 1971), rapprochement (1971/72-1979),
    normalization (1979-1989), sanctions and strained engagement (1989-2001). The detected periods find all
    four: rapprochement and normalization are equally cooperative in the coded events (summits, communiqués,
    agreements; a change at 1979 explains 0.02 of the scaled variation), told apart by the stated boundary that
    the establishment of diplomatic relations on January 1, 1979 confirms."""
    with open_store(tmp_path / "usa_china.db") as store:
        build(sorted(str(path) for path in (DATA / "usa_china").glob("*.txt")), store)
        found = periods(store, ["USA", "CHN"], kinds=("detected",))
    shape = [(p.start, p.end, p.level, p.polarity) for p in found]
    expected = [json.loads(line) for line in (DATA / "usa_china" / "expected_periods.jsonl").read_text().splitlines()]
    matched = [e["label"] for e in expected if any(_boundary_ok(p, e) for p in found)]
    assert matched == [e["label"] for e in expected], shape
    assert [p.polarity for p in found if p.level == 1] == ["conflict", "cooperation", "cooperation", "conflict"], shape
    assert all(p.key_events for p in found), shape


def test_periods_of_a_fourth_pair_egypt_and_israel(tmp_path):
    """Documents written for this test about Egypt and Israel, 1948-1999 (tests/data/egypt_israel, expected_periods.jsonl
    there): wars (to 1973), disengagement (1974-1977), peacemaking (1977-1979), the cold peace (from 1979). Written
    after the turning-point rule, before it counted summits: without them the detected periods found wars and the
    cold peace (the series alone, as before the rule, finds only the wars); Sadat's visit to Jerusalem (1977)
    confirms the stated boundary between two cooperative periods."""
    with open_store(tmp_path / "egypt_israel.db") as store:
        build(sorted(str(path) for path in (DATA / "egypt_israel").glob("*.txt")), store)
        found = periods(store, ["EGY", "ISR"], kinds=("detected",))
    shape = [(p.start, p.end, p.level, p.polarity, p.opens_with) for p in found]
    expected = _read("egypt_israel/expected_periods.jsonl")
    assert [e["label"] for e in expected if any(_boundary_ok(p, e) for p in found)] == [e["label"] for e in expected], shape
    assert [p.polarity for p in found if p.level == 1] == ["conflict", "cooperation", "cooperation", "cooperation"], shape
    assert "summit" in found[2].opens_with, shape


# The fifth pair, the United States and Cuba, from two short documents of tests/data/other_pairs (a timeline and an
# encyclopedia page, 21 timeline events of the pair dated within a year; tests/data/usa_cuba/expected_periods.jsonl,
# written from history before the detector was run on them). First run (the recognition-episode rule in place):
# none of the four, one period 1903-2016. The texts state no period of the pair (headings without years), and 21
# events give a BIC penalty of 12.2 a change, more than any change of one to three events explains (the best, at
# 2014, 7.7 of 63). On a sparse series (periods4) the standing acts that change the standing propose boundaries the
# acts confirm: recognition in 1959 after the hostile 1958, the break and the Bay of Pigs in 1961 after
# recognition, relations restored in 2015 after hostile 1996 and the announcement of 2014. Three of four while
# the interests sections of 1977 were coded as recognition (054): the estrangement 1961-2015 was cut at 1977.
# Opening interests sections is diplomatic contact without relations (050 in the lexicon), no act that changes
# the standing, and all four are found.
USA_CUBA_MATCHED = ["close ties before the revolution", "revolution and rupture",
                    "estrangement (embargo, no diplomatic relations)", "restoration of relations"]


def test_periods_of_a_fifth_pair_the_united_states_and_cuba(tmp_path):
    documents = [DATA / "other_pairs" / "usa_cuba_timeline.txt", DATA / "other_pairs" / "holdout2" / "usa_cuba_encyclopedia.txt"]
    with open_store(tmp_path / "usa_cuba.db") as store:
        build([str(path) for path in documents], store)
        found = periods(store, ["USA", "CUB"], kinds=("detected",))
    shape = [(p.start, p.end, p.level, p.polarity, p.opens_with) for p in found]
    expected = _read("usa_cuba/expected_periods.jsonl")
    assert [e["label"] for e in expected if any(_boundary_ok(p, e) for p in found)] == USA_CUBA_MATCHED, shape
    level_one = [p for p in found if p.level == 1]
    assert level_one and level_one[0].start <= 1903 and level_one[-1].end == 2016, shape
    assert all(later.start == earlier.end for earlier, later in zip(level_one, level_one[1:], strict=False)), shape


def test_penalty_sets_how_many_periods(demo):
    few = periods(demo, ["USA", "USSR"], penalty=50.0, kinds=("detected",))
    many = periods(demo, ["USA", "USSR"], penalty=0.1, kinds=("detected",))
    assert len(few) == 1 and len(many) > len(few)


# commands ---------------------------------------------------------------------------------------------

def test_index_command_formats(demo_db):
    runner = CliRunner()
    jsonl = runner.invoke(cli, ["index", "--db", demo_db, "--actors", "USA,Soviet Union", "--format", "jsonl"])
    assert jsonl.exit_code == 0, jsonl.output
    rows = [json.loads(line) for line in jsonl.output.splitlines()]
    assert rows and set(rows[0]) >= {"bucket", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum",
                                     "goldstein_mean", "smoothed"}
    csv_out = runner.invoke(cli, ["index", "--db", demo_db, "--actors", "USA,SUN", "--by", "decade", "--format", "csv"])
    assert csv_out.exit_code == 0 and csv_out.output.splitlines()[0].startswith("bucket,start,events")
    assert "1930s" in csv_out.output
    bad = runner.invoke(cli, ["index", "--db", demo_db, "--actors", "USA"])
    assert bad.exit_code == 2 and "two actors" in bad.output
    unknown = runner.invoke(cli, ["index", "--db", demo_db, "--actors", "USA,Atlantis"])
    assert unknown.exit_code != 0 and "Atlantis" in unknown.output


def test_periods_command_jsonl_fields(demo_db):
    result = CliRunner().invoke(cli, ["periods", "--db", demo_db, "--actors", "USA,USSR", "--format", "jsonl", "--penalty", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records
    for record in records:
        assert {"start", "end", "label", "polarity", "mean_goldstein", "kind", "key_events"} <= set(record)
        assert record["kind"] in ("stated", "detected")
    assert any(record["key_events"] for record in records if record["kind"] == "detected")


@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".png", b"\x89PNG")])
def test_plot_writes_the_picture(demo_db, tmp_path, suffix, magic):
    pytest.importorskip("matplotlib")
    out = tmp_path / f"index{suffix}"
    result = CliRunner().invoke(cli, ["plot", "--db", demo_db, "--actors", "USA,USSR", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(magic)
    wrong = CliRunner().invoke(cli, ["plot", "--db", demo_db, "--actors", "USA,USSR", "-o", str(tmp_path / "x.gif")])
    assert wrong.exit_code == 2


def test_export_timelinejs(demo_db, tmp_path):
    out = tmp_path / "timeline.json"
    result = CliRunner().invoke(cli, ["export", "--db", demo_db, "--format", "timelinejs", "--actors", "USA,USSR", "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["events"] and document["eras"]
    with open_store(demo_db) as store:
        records = {r["id"]: r for r in store.timeline_records()}
    for slide in document["events"]:
        record = records[slide["unique_id"]]
        date = record["date"]
        start = slide["start_date"]
        if len(date) == 4:
            assert set(start) == {"year", "display_date"} and start["display_date"] == date
        elif len(date) == 7:
            assert "month" in start and "day" not in start
        elif len(date) == 10:
            assert "day" in start
        if "/" in date:
            assert "end_date" in slide
        assert "<script" not in slide["text"]["text"]
        assert "source" in slide["text"]["text"]
    assert any("Sources disagree" in slide["text"]["text"] for slide in document["events"])
    whole = CliRunner().invoke(cli, ["export", "--db", demo_db, "--format", "timelinejs"])
    assert whole.exit_code == 0 and json.loads(whole.output)["events"]


def test_timelinejs_escapes_evidence(store):
    from detente.timeline.timelinejs import timelinejs

    _store_with(store, [_event("a", "d1", "1961-08-13", evidence="<script>alert(1)</script> the wall went up")])
    document = timelinejs(store, ["USA", "SUN"])
    text = document["events"][0]["text"]["text"]
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_timelinejs_written_slide_by_slide_equals_the_document_and_reads_sources_in_chunks(demo_db, monkeypatch):
    """The export streams: sources are read a few hundred events at a time, never all at once (a large store
    held every source in memory), and the file holds the same document as timelinejs() builds."""
    import io

    from detente.timeline import timelinejs as module

    with open_store(demo_db) as store:
        whole = module.timelinejs(store)
        asked: list[int] = []
        read = store.timeline_sources
        monkeypatch.setattr(store, "timeline_sources", lambda ids: asked.append(len(ids)) or read(ids))
        original = module.slides
        monkeypatch.setattr(module, "slides", lambda s, records, docs: original(s, records, docs, chunk=7))
        out = io.StringIO()
        count = module.write(store, out)
    assert json.loads(out.getvalue()) == whole and count == len(whole["events"]) > 7
    assert len(asked) > 1 and max(asked) <= 7


def test_content_id_of_a_timeline_event_is_its_sorted_members():
    assert merge.timeline_record(_items(_event("b", "d2", "1950"), _event("a", "d1", "1950")))["id"] == \
        content_id("timeline", "a", "b")


def test_bench_index_runs_and_its_sql_agrees_with_its_python_peer(tmp_path, capsys):
    """bench/index.py on a small store: it runs, and the SQL index equals the pure-Python peer (no timing here)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_index", Path(__file__).parent.parent / "bench" / "index.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--events", "3000", "--merge-sample", "200", "--db", str(tmp_path / "b.db")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["peer_agrees"] and report["merge_sample"]["timeline_events"] <= 200


def test_yearly_reports_of_a_recurring_act_do_not_chain_into_one_event():
    events = [_event(f"p{year}", f"doc{year}", f"{year}-03", precision="month",
                     evidence="Moscow rejected the American protest about the border incident")
              for year in range(1950, 1956)]
    groups = merge.components(_items(*events))
    for group in groups:
        days = [item.days for item in group]
        assert max(d[0] for d in days) - min(d[1] for d in days) <= merge.NEAR_DAYS
    assert len(groups) >= 3


def test_two_sentences_of_one_document_are_two_happenings():
    a, b = _items(
        _event("a", "d1", "1972-05-26", evidence="Nixon and Brezhnev signed the treaty in Moscow", start=0),
        _event("b", "d1", "1972-05-26", evidence="Nixon and Brezhnev signed the treaty in Moscow again", start=50),
    )
    assert not same_happening(a, b)


def test_one_page_telling_an_act_twice_at_two_dates_is_one_happening_flagged_date():
    """A lead and a section (or prose and a key-dates line) that date one act differently: one timeline event, its
    dates a disagreement, as between two documents."""
    pairs = [
        (_event("a1", "p1", "1961-01", precision="month", actors=("USA", "CUB"), cameo="161", kind="SANCTION", quad=4,
                goldstein=-4, evidence="The United States broke off diplomatic relations with Cuba in January 1961."),
         _event("a2", "p1", "1960", precision="year", actors=("USA", "CUB"), cameo="161", kind="SANCTION", quad=4, goldstein=-4,
                start=900, evidence="In 1960 Washington broke off its diplomatic relations with Havana over the seizures.")),
        (_event("b1", "p2", "1972-09-29", actors=("JPN", "CHN"), cameo="054", start=40,
                evidence="Japan established diplomatic relations with the People's Republic on 29 September 1972."),
         _event("b2", "p2", "1973", precision="year", actors=("JPN", "CHN"), cameo="054", start=1500,
                evidence="1973: Japan and China establish diplomatic relations")),
    ]
    for first, second in pairs:
        groups = merge.components(_items(first, second))
        assert len(groups) == 1
        record = merge.timeline_record(groups[0])
        assert record["conflict"] == "date" and record["date"] == first.date  # the narrower date is chosen


def test_a_page_telling_an_act_again_or_in_its_next_sentence_keeps_two_happenings():
    told = _event("a", "p", "1956-10", precision="month", actors=("JPN", "SUN"),
                  evidence="Japan and the Soviet Union restored diplomatic relations in October 1956.")
    others = [
        _event("b", "p", "1957", precision="year", actors=("JPN", "SUN"), start=60,  # the next sentence: a narrative's step
               evidence="In 1957 Japan and the Soviet Union restored diplomatic relations."),
        _event("c", "p", "1957", precision="year", actors=("JPN", "SUN"), start=800,
               evidence="In 1957 Japan and the Soviet Union restored diplomatic relations again."),
        _event("d", "p", "1957", precision="year", actors=("JPN", "SUN"), cameo="057", start=800,  # another act
               evidence="In 1957 Japan and the Soviet Union signed a diplomatic relations treaty."),
        _event("e", "p", "1959", precision="year", actors=("JPN", "SUN"), start=800,  # too far from the first date
               evidence="In 1959 Japan and the Soviet Union restored diplomatic relations."),
        _event("f", "p", "1957", precision="year", actors=("JPN", "SUN"), start=800,  # other words
               evidence="In 1957 Japanese fishing boats were allowed back into Soviet waters."),
    ]
    for other in others:
        a, b = _items(told, other)
        assert not merge.retold_in_document(a, b), other.id
        assert len(merge.components([a, b])) == 2, other.id
    # the same two sentences in two documents are one happening (the rule between documents)
    a, b = _items(told, _event("g", "q", "1957", precision="year", actors=("JPN", "SUN"),
                               evidence="In 1957 Japan and the Soviet Union restored diplomatic relations."))
    assert len(merge.components([a, b])) == 1


def test_a_page_dating_an_act_twice_is_flagged_on_the_built_timeline(tmp_path):
    page = tmp_path / "japan_ussr.txt"
    # the key-dates line gives a year that disagrees with the lead, as pages sometimes do
    page.write_text(
        "Japan–Soviet Union relations\n\n"
        "Japan and the Soviet Union restored diplomatic relations on 19 October 1956, when Prime Minister Hatoyama "
        "Ichiro signed a joint declaration in Moscow. The declaration left the dispute over the southern Kuril Islands "
        "open, and no peace treaty followed.\n\n"
        "After the war\n\n"
        "Fishing in the northern seas and the fate of Japanese prisoners still held in Siberia kept the question of a "
        "settlement alive in Tokyo for years.\n\n"
        "Key dates\n\n"
        "- 1945: The Soviet Union declares war on Japan.\n"
        "- 1957: Japan and the Soviet Union restore diplomatic relations.\n", encoding="utf-8")
    with open_store(str(tmp_path / "t.db")) as store:
        build([str(page)], store)
        restored = [record for record in store.timeline_records(())
                    if "restore" in record["evidence"] and record["date"] and record["date"].startswith("1956")]
        assert len(restored) == 1
        assert restored[0]["conflict"] == "date" and restored[0]["members"] == 2
        assert not any(record["date"] == "1957" for record in store.timeline_records(()))


# one happening told many times ------------------------------------------------------------------------

def _retellings(count: int, seed: int = 9) -> list[Event]:
    """``count`` reports of one recognition, each from its own document, in varied words and date precisions,
    one in ten with a word of its own, a few a year late."""
    rng = random.Random(seed)
    subjects = ["Washington", "The United States", "Roosevelt's government", "President Roosevelt"]
    verbs = ["recognized", "formally recognized", "extended diplomatic recognition to", "granted recognition to"]
    tails = ["", "after an exchange of letters", "ending years of non-recognition", "after talks with Litvinov"]
    events = []
    for number in range(count):
        shape = rng.random()
        date, precision = ("1933-11-16", "day") if shape < 0.8 else ("1933-11", "month") if shape < 0.97 else \
            ("1934-11", "month")
        words = [rng.choice(subjects), rng.choice(verbs), "the Soviet government", rng.choice(tails)]
        if rng.random() < 0.1:
            words.append(f"unusually{number}")
        events.append(_event(f"t{number:05d}", f"report{number:05d}", date, cameo="054", kind="SUPPORT", precision=precision,
                             evidence=" ".join(word for word in words if word)))
    return events


def test_a_happening_told_many_times_is_one_event_at_a_linear_cost(monkeypatch):
    """Each retelling is compared with a bounded sample of the group's versions, not with every member: four
    times the reports cost about four times the comparisons (every pair would cost sixteen times)."""
    calls = []
    original = merge.same_happening

    def counting(a, b):
        calls[-1] += 1
        return original(a, b)

    monkeypatch.setattr(merge, "same_happening", counting)
    for size in (300, 1200):
        calls.append(0)
        groups = merge.components(_items(*_retellings(size)))
        assert [len(group) for group in groups] == [size]
    assert calls[1] < 6 * calls[0], calls


def test_a_happening_told_many_times_merges_the_same_in_any_order_and_batches(tmp_path):
    events = _retellings(400, seed=3) + _random_events(200)
    shuffled = events[:]
    random.Random(1).shuffle(shuffled)
    assert [[i.event.id for i in g] for g in merge.components(_items(*events))] == \
        [[i.event.id for i in g] for g in merge.components(_items(*shuffled))]
    with open_store(tmp_path / "once.db") as once, open_store(tmp_path / "batches.db") as batches:
        _store_with(once, events)
        _store_with(batches, shuffled[:250])
        _store_with(batches, shuffled[250:])
        assert _timeline_dump(batches) == _timeline_dump(once)
        late = [record for record in once.timeline_records() if record["members"] >= 300]
        assert len(late) == 1 and late[0]["conflict"] == "date"  # the reports a year late are kept, and flagged


@pytest.mark.parametrize("date, start, end", [
    ("194", {"year": 1940, "display_date": "1940s"}, {"year": 1949, "display_date": "1940s"}),
    ("194/195", {"year": 1940, "display_date": "1940s – 1950s"}, {"year": 1959, "display_date": "1940s – 1950s"}),
    ("1939/195", {"year": 1939, "display_date": "1939 – 1950s"}, {"year": 1959, "display_date": "1939 – 1950s"}),
    ("19", {"year": 1900, "display_date": "20th century"}, {"year": 1999, "display_date": "20th century"}),
    ("19/20", {"year": 1900, "display_date": "20th century – 21st century"},
     {"year": 2099, "display_date": "20th century – 21st century"}),
    ("1933-11/1934", {"year": 1933, "month": 11, "display_date": "November 1933 – 1934"},
     {"year": 1934, "display_date": "November 1933 – 1934"}),
])
def test_timelinejs_dates_of_decades_and_centuries_keep_their_years(date, start, end):
    # "194/195" (the 1940s to the 1950s) became the years 194 to 195, and a century "19" the year 19
    from detente.timeline.timelinejs import date_parts

    assert date_parts(date) == (start, end)
