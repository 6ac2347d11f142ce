#!/usr/bin/env python3
"""Derive detente's actor gazetteer (``src/detente/data/actors.json``) from ``data-src/actors``.

    python scripts/build_actors.py [--reference ../shared/reference/events] [--check]

Sources (all ';'-separated text, '|' inside a column, '#' comments):
  states.txt         sovereign states and regimes with validity, names, adjectives, capitals, lineage; a qid
                     '=ID' shares the item of the state ID that restored the regime (declared legal continuity)
  organizations.txt  international organizations and blocs/coalitions with lifetimes and members
  leaders.txt        heads of state and government and other officials with tenures
  references.txt     phrases standing for the two states last in focus ("the two nations")
  sectors.txt        nouns making a state adjective into a non-state group ("American intellectuals")
  stops.txt          longer phrases that contain a name but name no actor ("Latin American")
  places.txt         cities, ports and regions that stand for the state holding them at the date ("Vladivostok")
  institutions.txt   armies, services, ministries, assemblies acting for their state ("the Red Army")
  halves.txt         "the North", "the South": the half of a divided country in focus
  titles.txt         "the junta", "the premier", "the embassy": a body or an office of the state in focus
  codes.txt          other systems' codes for an entity (KEDS/CAMEO manual USR, GMW, GME; scorer folds)
  cameo.txt          the CAMEO code of states PETRARCH's table lacks: their KEDS code or their one successor's
  movements.txt      the state and sector a non-state movement acts in, by period (the Contras: Nicaraguan rebels)
  regimes.txt        states ruled by a communist party, by period: the camp that tells two rival regimes apart
A form ending in '?' ("Nationalist?") counts only when a state of its lineage is already in focus; '?CODE,CODE'
("the Communists?TWN") names the states that license it instead.
A form may end in '@' (used only within its entity's validity: "Texas" names no state after 1845) or in
'@FROM/TO' (used only in that interval: "Bonn" is the Federal Republic's seat 1949-1990).
CAMEO/PETRARCH codes and aliases are read from the reference table at build time and stored per entity.
``--check`` rebuilds in memory and exits 1 when the committed file differs.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data-src" / "actors"
TARGET = ROOT / "src" / "detente" / "data" / "actors.json"
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference" / "events"
# Three-letter codes of ours that are not ISO 3166 alpha-3 (-1 or -3).
NOT_ISO = frozenset({"ROC", "GMY", "RVN", "UAR"})


def rows(name: str, width: int) -> list[list[str]]:
    """The data lines of a source file, split into exactly ``width`` columns."""
    result = []
    for number, line in enumerate((SOURCE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split(";")]
        if len(cells) != width:
            raise SystemExit(f"{name}:{number}: expected {width} columns, got {len(cells)}")
        result.append(cells)
    return result


def listed(cell: str) -> list[str]:
    return [item.strip() for item in cell.split("|") if item.strip()]


def day(value: str, *, end: bool = False) -> str | None:
    """An ISO day from a day or a bare year (a year's end when it closes an interval)."""
    if not value:
        return None
    if len(value) <= 4:
        return f"{int(value):04d}-12-31" if end else f"{int(value):04d}-01-01"
    return value


def split_form(raw: str, start: str | None, stop: str | None) -> tuple[str, str | None, str | None]:
    """A form and the interval it is used in ("Bonn@1949-05-23/1990-10-03"); unrestricted forms get (None, None)."""
    form, at, interval = raw.partition("@")
    form = form.strip().partition("?")[0].strip()
    if not at:
        return form, None, None
    if not interval.strip():
        return form, start, stop
    begin, _, end = interval.partition("/")
    return form, day(begin.strip()), day(end.strip(), end=True)


def weakness(raw: str) -> bool | tuple[str, ...]:
    """False for a strong form; True for a weak one ("Nationalists?"); for "the Communists?TWN" the codes of the
    states whose being in focus licenses it, when its lineage's states would license it too widely."""
    base = raw.partition("@")[0].strip()
    if "?" not in base:
        return False
    codes = base.partition("?")[2].strip()
    return tuple(code.strip() for code in codes.split(",")) if codes else True


def read_cameo(reference: Path) -> tuple[dict[str, list[str]], list[tuple[str, str]], set[str]]:
    """Country code -> PETRARCH aliases, (code, name) of international organizations, and every code listed."""
    countries: dict[str, list[str]] = {}
    organizations: list[tuple[str, str]] = []
    listed_codes: set[str] = set()
    path = reference / "cameo_actor_codes.csv"
    if not path.exists():
        raise SystemExit(f"{path}: CAMEO actor code table not found; pass --reference DIR")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, kind = (row.get("code") or "").strip(), (row.get("kind") or "").strip()
            listed_codes.add(code)
            if kind == "country":
                aliases = [alias.strip() for alias in (row.get("aliases") or "").split("|") if alias.strip()]
                countries.setdefault(code, [])
                countries[code] = sorted(set(countries[code]) | set(aliases))
            elif kind == "international" or code.startswith("IGO"):
                organizations.append((code, (row.get("name") or "").strip()))
    return countries, sorted(set(organizations)), listed_codes


def build_states(cameo_countries: dict[str, list[str]]) -> dict[str, dict]:
    states = {}
    for code, qid, cow, start, stop, name, names, adjectives, capitals, before, after, state_code in rows(
        "states.txt", 12
    ):
        event_code = state_code or code
        record = {
            "id": code,
            "code": event_code,
            "kind": "state",
            "name": name,
            "qid": qid or None,
            "cow": int(cow) if cow else None,
            "valid_from": day(start),
            "valid_to": day(stop, end=True),
            "names": [split_form(f, None, None)[0] for f in listed(names)],
            "adjectives": [split_form(f, None, None)[0].removesuffix("-") for f in listed(adjectives)],
            "capitals": [split_form(f, None, None)[0] for f in listed(capitals)],
            "_forms": [(f, "name") for f in listed(names)]
            # "Franco-": a combining form, an adjective only before a hyphen ("Franco-German", not "Franco said")
            + [(f.replace("-", "", 1) if f.split("@")[0].endswith("-") else f,
                "combining" if f.split("@")[0].endswith("-") else "adjective") for f in listed(adjectives)]
            # A seat stands for its state only while the state exists ("Saigon" names no state after 1975).
            + [(f if "@" in f else f + "@", "capital") for f in listed(capitals)],
            "predecessors": listed(before),
            "successors": listed(after),
            "iso3": event_code if len(event_code) == 3 and event_code not in NOT_ISO else None,
        }
        if event_code in cameo_countries:
            record["cameo"] = {"code": event_code, "aliases": cameo_countries[event_code], "successor": False}
        states[code] = record
    resolve_continuities(states)
    return states


def resolve_continuities(states: dict[str, dict]) -> None:
    """Give a regime written '=ID' in the qid column the QID of the state ID it declares legal continuity with.

    Wikidata keeps one item for a state that lost its independence and restored it (Estonia's Q191 carries the
    republic's 1918 founding), while the gazetteer splits the two periods around the Soviet years. The shared QID
    is declared, never silent: the record names the state it shares it with (``qid_continuity``), and that state
    must list the regime among its predecessors, so only a restored state's own earlier period can share its item.
    """
    for code, record in states.items():
        raw = record["qid"]
        if not raw or not raw.startswith("="):
            continue
        partner = raw[1:]
        if partner not in states or not (states[partner]["qid"] or "").startswith("Q"):
            raise SystemExit(f"states.txt: {code} declares continuity with {partner}, which has no QID of its own")
        if code not in states[partner]["predecessors"]:
            raise SystemExit(f"states.txt: {code} declares continuity with {partner}, which does not list it as predecessor")
        record["qid"] = states[partner]["qid"]
        record["qid_continuity"] = partner


def build_organizations(cameo_organizations: list[tuple[str, str]]) -> dict[str, dict]:
    result = {}
    for code, kind, qid, start, stop, name, names, members in rows("organizations.txt", 8):
        bare = [split_form(m, None, None)[0] for m in listed(members)]
        if len(set(bare)) != len(bare):
            raise SystemExit(f"organizations.txt: {code}: a member is listed twice; give it one interval")
        record = {
            "id": code,
            "code": code,
            "kind": kind,
            "name": name,
            "qid": qid or None,
            "valid_from": day(start),
            "valid_to": day(stop, end=True),
            "names": [split_form(f, None, None)[0] for f in listed(names)],
            "members": [split_form(m, None, None)[0] for m in listed(members)],
            # When a member belonged, where it joined late or left early ("DEU@1955-05-06/" in NATO).
            "member_spans": {
                member: [begin, end]
                for member, begin, end in (split_form(m, None, None) for m in listed(members))
                if begin or end
            },
            "_forms": [(f, "group" if kind == "group" else "name") for f in listed(names)],
        }
        wanted = {form.lower() for form in record["names"] if len(form) > 3} | {name.lower()}
        for cameo_code, cameo_name in cameo_organizations:
            bare = cameo_name.lower().split(" (")[0]
            if bare in wanted:
                record["cameo"] = {"code": cameo_code, "aliases": []}
                break
        result[code] = record
    return result


def build_leaders() -> dict[str, dict]:
    result: dict[str, dict] = {}
    for ident, qid, names, lineage, role, start, stop in rows("leaders.txt", 7):
        raw = listed(names)
        forms = [split_form(f, None, None)[0] for f in raw]
        record = result.setdefault(
            ident,
            {
                "id": ident,
                "code": ident,
                "kind": "person",
                "name": forms[0],
                "qid": qid or None,
                "names": [],
                "offices": [],
            },
        )
        record["names"] = list(dict.fromkeys(record["names"] + forms))
        record.setdefault("_forms", [])
        record["_forms"] = list(dict.fromkeys(record["_forms"] + [(f, "leader") for f in raw]))
        office = {"states": listed(lineage), "role": role, "from": day(start), "to": day(stop, end=True)}
        if office not in record["offices"]:  # a second line may only add spellings to a known tenure
            record["offices"].append(office)
    for record in result.values():
        record["offices"].sort(key=lambda office: office["from"] or "")
        record["valid_from"] = record["offices"][0]["from"]
        ends = [office["to"] for office in record["offices"]]
        record["valid_to"] = None if None in ends else max(ends)
    return result


def unique(ident: str, taken: dict) -> str:
    """``ident``, or ``ident#2``, ``#3`` ... when a line for another period already took it ("Tibet" is the
    Qing's before 1913 and the People's Republic's after 1951, two lines)."""
    number = 1
    candidate = ident
    while candidate in taken:
        number += 1
        candidate = f"{ident}#{number}"
    return candidate


def add_movements(entities: dict[str, dict]) -> None:
    """The sector a movement acts in, period by period: the state and the role (rebels, governing party)."""
    for code, lineage, label, sector, start, stop in rows("movements.txt", 6):
        if code not in entities or entities[code]["kind"] not in ("organization", "group"):
            raise SystemExit(f"movements.txt: {code} is not an organization of organizations.txt")
        period = {"states": listed(lineage), "role": label, "sector": sector, "from": day(start), "to": day(stop, end=True)}
        if sector.endswith("/named"):
            # it governs under its own name: a bare mention keeps the movement's code, its government named as one
            # ("the Taliban regime") is the state's
            period["sector"], period["named"] = sector.removesuffix("/named"), True
        entities[code].setdefault("sectors", []).append(period)
    for record in entities.values():
        record.get("sectors", []).sort(key=lambda period: period["from"] or "")


def build_places() -> dict[str, dict]:
    """Places standing for the state that holds them; the state is resolved in time from the lineage."""
    result: dict[str, dict] = {}
    for names, lineage in rows("places.txt", 2):
        raw = listed(names)
        forms = [split_form(f, None, None)[0] for f in raw]
        ident = unique("place:" + forms[0].lower().replace(" ", "_"), result)
        result[ident] = {
            "id": ident,
            "code": ident,
            "kind": "place",
            "name": forms[0],
            "qid": None,
            "valid_from": None,
            "valid_to": None,
            "names": forms,
            "states": [split_form(s, None, None)[0] for s in listed(lineage)],
            # When the place changed hands on a day other than its holders' births ("Dacca" is Pakistan's until
            # the surrender of 16 December 1971, though Bangladesh was declared in March): "PAK@/1971-12-16".
            "state_spans": {
                state: [begin, end]
                for state, begin, end in (split_form(s, None, None) for s in listed(lineage))
                if begin or end
            },
            "_forms": [(f, "place") for f in raw],
        }
    return result


def build_institutions() -> dict[str, dict]:
    """Armies, services and assemblies: a non-state group of the state valid at the date, with its sector."""
    result: dict[str, dict] = {}
    for names, lineage, label, sector in rows("institutions.txt", 4):
        raw = listed(names)
        forms = [split_form(f, None, None)[0] for f in raw]
        ident = unique("institution:" + forms[0].lower().replace(" ", "_"), result)
        result[ident] = {
            "id": ident,
            "code": ident,
            "kind": "institution",
            "name": forms[0],
            "qid": None,
            "valid_from": None,
            "valid_to": None,
            "names": forms,
            "states": listed(lineage),
            "role": label,
            "sector": sector,
            "_forms": [(f, "institution") for f in raw],
        }
    return result


def add_cameo(entities: dict[str, dict], listed_codes: set[str]) -> None:
    """The CAMEO code of states the PETRARCH country table does not list: their own KEDS code, or their one
    territorial successor's ("successor": true), so other tools' users can fold the Russian Empire into RUS."""
    for ident, code, relation in rows("cameo.txt", 3):
        if ident not in entities:
            raise SystemExit(f"cameo.txt: unknown entity {ident}")
        if code not in listed_codes:
            raise SystemExit(f"cameo.txt: {ident}: {code} is not in the CAMEO actor code table")
        if relation not in ("same", "successor"):
            raise SystemExit(f"cameo.txt: {ident}: relation must be 'same' or 'successor', not {relation!r}")
        if "cameo" in entities[ident]:
            raise SystemExit(f"cameo.txt: {ident} already has the CAMEO code {entities[ident]['cameo']['code']}")
        entities[ident]["cameo"] = {"code": code, "aliases": [], "successor": relation == "successor"}


def add_codes(entities: dict[str, dict]) -> None:
    """Other systems' codes for an entity, so ``entity("USR")`` finds the Soviet Union."""
    for ident, codes in rows("codes.txt", 2):
        if ident not in entities:
            raise SystemExit(f"codes.txt: unknown entity {ident}")
        entities[ident]["other_codes"] = listed(codes)


def build(reference: Path) -> dict:
    cameo_countries, cameo_organizations, listed_codes = read_cameo(reference)
    entities = {
        **build_states(cameo_countries),
        **build_organizations(cameo_organizations),
        **build_leaders(),
        **build_places(),
        **build_institutions(),
    }
    add_codes(entities)
    add_cameo(entities, listed_codes)
    add_movements(entities)
    forms: set[tuple] = set()
    for ident, record in entities.items():
        for raw, via in record.pop("_forms"):
            form, start, stop = split_form(raw, record.get("valid_from"), record.get("valid_to"))
            forms.add((form, ident, via, start or "", stop or "", weakness(raw)))
    known = set(entities)
    for record in entities.values():
        for link in record.get("predecessors", []) + record.get("successors", []) + record.get("members", []):
            if link not in known:
                raise SystemExit(f"{record['id']}: unknown linked entity {link}")
        for office in record.get("offices", []):
            for state in office["states"]:
                if state not in known:
                    raise SystemExit(f"{record['id']}: unknown state {state}")
        for state in record.get("states", []) + [s for p in record.get("sectors", []) for s in p["states"]]:
            if state not in known:
                raise SystemExit(f"{record['id']}: unknown state {state}")
    references = sorted(
        {
            line.strip().lower()
            for line in (SOURCE / "references.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
    )
    sectors = {noun: {"role": role, "code": code} for noun, role, code in rows("sectors.txt", 3)}
    stops = sorted(
        {
            line.strip()
            for line in (SOURCE / "stops.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
    )
    halves = {phrase: word for phrase, word in rows("halves.txt", 2)}
    titles = build_titles(known)
    codes = {record["code"] for record in entities.values()}
    communist: dict[str, list[list[str | None]]] = {}
    for code, start, stop in rows("regimes.txt", 3):
        if code not in codes:
            raise SystemExit(f"regimes.txt: unknown code {code}")
        communist.setdefault(code, []).append([day(start), day(stop, end=True)])
    return {
        "communist": communist,
        "halves": halves,
        "titles": titles,
        "entities": entities,
        "forms": [
            [form, ident, via, start or None, stop or None, list(weak) if isinstance(weak, tuple) else weak]
            for form, ident, via, start, stop, weak in sorted(forms, key=lambda row: (*row[:5], str(row[5])))
        ],
        "references": references,
        "sectors": sectors,
        "stops": stops,
    }


HOW = frozenset({"salient", "subject", "post", "bound", "sole", "styled"})


def build_titles(known: set[str]) -> dict[str, dict]:
    """Titles and bodies named alone ("the junta", "the premier"): the state in focus, or the one named after them."""
    result: dict[str, dict] = {}
    for phrases, states, label, sector, how, offices in rows("titles.txt", 6):
        ways = listed(how.replace("+", "|"))
        if not ways or set(ways) - HOW or ("salient" in ways) == ("subject" in ways) and "post" not in ways:
            raise SystemExit(f"titles.txt: {phrases}: how must be salient or subject, with post, bound, sole or styled: {how!r}")
        for state in listed(states):
            if state not in known:
                raise SystemExit(f"titles.txt: {phrases}: unknown state {state}")
        for phrase in listed(phrases):
            if phrase in result:
                raise SystemExit(f"titles.txt: {phrase} is listed twice")
            result[phrase] = {
                "states": listed(states), "role": label, "sector": sector, "how": sorted(ways),
                "offices": listed(offices),
            }
    return result


def render(data: dict) -> str:
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = render(build(args.reference))
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("actors.json is up to date" if same else "actors.json differs from its sources")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
