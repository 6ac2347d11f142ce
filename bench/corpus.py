"""Generate a synthetic corpus for the scale benchmark: our own templates over US–Soviet facts.

    python bench/corpus.py OUT_DIR [--docs 200000] [--seed 7]

Layout (every document's text is different, so content hashes never collide):
    OUT_DIR/jsonl/shard-NNNN.jsonl[.gz]   most documents, 5,000 per shard, every fourth shard gzipped
    OUT_DIR/text/NNN/doc-NNNNNN.txt       plain text files, 1,000 per folder
    OUT_DIR/html/NNN/page-NNNNNN.html     article pages with navigation around them
    OUT_DIR/warc/crawl-NNNN.warc.gz       crawled pages (HTML responses, plus request and image records)
Sizes vary from one paragraph to a dozen. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
from pathlib import Path

# (ISO date, what happened, where): public facts of US–Soviet relations, phrased by us.
FACTS = [
    ("1933-11-16", "the United States established diplomatic relations with the Soviet Union", "Washington"),
    ("1941-11-07", "Washington extended Lend-Lease aid to the Soviet Union", "Washington"),
    ("1945-02-11", "Roosevelt and Stalin concluded the Yalta agreements with Churchill", "Yalta"),
    ("1948-06-24", "Soviet forces blockaded the western sectors of Berlin", "Berlin"),
    ("1955-07-18", "Eisenhower and Bulganin met at the Geneva summit", "Geneva"),
    ("1959-07-24", "Nixon and Khrushchev argued in the kitchen debate", "Moscow"),
    ("1960-05-01", "the Soviet Union shot down an American U-2 reconnaissance plane", "Sverdlovsk"),
    ("1961-06-04", "Kennedy and Khrushchev held talks at the Vienna summit", "Vienna"),
    ("1962-10-28", "Moscow agreed to withdraw its missiles from Cuba", "Moscow"),
    ("1963-08-05", "the United States and the Soviet Union signed the Partial Test Ban Treaty", "Moscow"),
    ("1967-06-23", "Johnson and Kosygin met at Glassboro", "Glassboro"),
    ("1972-05-26", "Nixon and Brezhnev signed the SALT I agreements and the ABM Treaty", "Moscow"),
    ("1973-06-22", "Brezhnev and Nixon signed an agreement on the prevention of nuclear war", "Washington"),
    ("1974-11-24", "Ford and Brezhnev agreed on a framework for arms limits", "Vladivostok"),
    ("1975-07-17", "American and Soviet crews docked their spacecraft in orbit", "orbit"),
    ("1979-06-18", "Carter and Brezhnev signed the SALT II treaty", "Vienna"),
    ("1980-01-04", "Carter announced a grain embargo against the Soviet Union", "Washington"),
    ("1983-09-01", "a Soviet interceptor shot down a Korean airliner carrying American passengers", "Sakhalin"),
    ("1985-11-19", "Reagan and Gorbachev met for the first time at Geneva", "Geneva"),
    ("1986-10-11", "Reagan and Gorbachev discussed deep cuts in nuclear arms", "Reykjavik"),
    ("1987-12-08", "Reagan and Gorbachev signed the INF Treaty", "Washington"),
    ("1991-07-31", "Bush and Gorbachev signed the START treaty", "Moscow"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
OPENINGS = [
    "On {day}, {fact}.",
    "{place} saw a turning point on {day}, when {fact}.",
    "According to officials, {fact} on {day}.",
    "It was on {day} that {fact}, in {place}.",
]
FOLLOW_UPS = [
    "Diplomats on both sides described the talks as frank and businesslike.",
    "The State Department said it would study the Soviet proposal closely.",
    "Moscow accused Washington of bad faith and recalled part of its delegation.",
    "Analysts in {place} expected further negotiations within the year.",
    "The announcement followed weeks of quiet contacts between the two governments.",
    "Members of Congress questioned whether the agreement could be verified.",
    "Soviet newspapers praised the outcome as a victory for peaceful coexistence.",
    "Allied governments in Europe welcomed the news with cautious optimism.",
]
BACKGROUND = [
    "Relations between the two powers had swung between rivalry and cooperation for decades.",
    "Trade between the countries remained small compared with their military budgets.",
    "Both governments faced pressure at home from those who distrusted any compromise.",
    "The arms race had left each side with thousands of warheads.",
    "Earlier rounds of talks had ended without a joint statement.",
]


def human_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{MONTHS[int(month) - 1]} {int(day)}, {year}"


def article(number: int, rng: random.Random) -> tuple[str, str, str]:
    """(title, text, ISO publication date) of document ``number``: one fact told with follow-ups and background."""
    day, fact, place = rng.choice(FACTS)
    opening = rng.choice(OPENINGS).format(day=human_date(day), fact=fact, place=place)
    paragraphs = [opening[0].upper() + opening[1:]]
    for _ in range(rng.choice((0, 1, 1, 2, 3, 5, 8, 11))):
        sentences = [rng.choice(FOLLOW_UPS).format(place=place) for _ in range(rng.randint(1, 3))]
        sentences.append(rng.choice(BACKGROUND))
        paragraphs.append(" ".join(sentences))
    paragraphs.append(f"This is dispatch number {number} of the series.")  # keeps every text distinct
    title = f"{place}: {fact[:60]}"
    return title, "\n\n".join(paragraphs), day


def html_page(title: str, text: str, published: str) -> str:
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in text.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><title>{title}</title>"
            f'<meta name="date" content="{published}"></head><body>'
            "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/archive'>Archive</a></nav>"
            f"<article><h1>{title}</h1>\n{body}</article><footer>Copyright the archive. All rights reserved.</footer>"
            "</body></html>")


def generate(out: Path, docs: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    counts = {"jsonl": 0, "text": 0, "html": 0, "warc": 0}
    shares = [("jsonl", 0.80), ("text", 0.08), ("html", 0.07), ("warc", 0.05)]
    number = 0
    for kind, share in shares:
        wanted = int(docs * share) if kind != "warc" else docs - number
        writer = {"jsonl": _write_jsonl, "text": _write_text, "html": _write_html, "warc": _write_warc}[kind]
        writer(out / kind, range(number, number + wanted), rng)
        counts[kind] = wanted
        number += wanted
    return counts


def _write_jsonl(folder: Path, numbers: range, rng: random.Random, per_shard: int = 5000) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for shard, first in enumerate(range(numbers.start, numbers.stop, per_shard)):
        lines = []
        for number in range(first, min(first + per_shard, numbers.stop)):
            title, text, published = article(number, rng)
            lines.append(json.dumps({"id": f"doc-{number}", "title": title, "text": text, "published": published}))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        if shard % 4 == 3:
            (folder / f"shard-{shard:04d}.jsonl.gz").write_bytes(gzip.compress(data, compresslevel=5))
        else:
            (folder / f"shard-{shard:04d}.jsonl").write_bytes(data)


def _write_text(folder: Path, numbers: range, rng: random.Random) -> None:
    for number in numbers:
        sub = folder / f"{(number - numbers.start) // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        _, text, _ = article(number, rng)
        (sub / f"doc-{number:06d}.txt").write_text(text + "\n", encoding="utf-8")


def _write_html(folder: Path, numbers: range, rng: random.Random) -> None:
    for number in numbers:
        sub = folder / f"{(number - numbers.start) // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page-{number:06d}.html").write_text(html_page(*article(number, rng)), encoding="utf-8")


def _write_warc(folder: Path, numbers: range, rng: random.Random, per_file: int = 1000) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True, exist_ok=True)
    for index, first in enumerate(range(numbers.start, numbers.stop, per_file)):
        with open(folder / f"crawl-{index:04d}.warc.gz", "wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for number in range(first, min(first + per_file, numbers.stop)):
                title, text, published = article(number, rng)
                uri = f"https://archive.example/{published[:4]}/story-{number}"
                request = StatusAndHeaders(f"GET /{number} HTTP/1.1", [("Host", "archive.example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                payload = io.BytesIO(html_page(title, text, published).encode("utf-8"))
                writer.write_record(writer.create_warc_record(uri, "response", payload=payload, http_headers=http))
                if number % 50 == 0:  # now and then an image the reader must skip
                    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                    writer.write_record(writer.create_warc_record(uri + ".png", "response",
                                                                  payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)), http_headers=image))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    counts = generate(args.out, args.docs, args.seed)
    size = sum(path.stat().st_size for path in args.out.rglob("*") if path.is_file())
    print(json.dumps({"documents": sum(counts.values()), **counts, "bytes_on_disk": size}))


if __name__ == "__main__":
    main()
