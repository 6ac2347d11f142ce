"""No file of ours copies the user's seed pages: rules, lexicons, tests and demo texts are written in our own words.

The seeds (../shared/seeds/*.txt) are read by the tests and benches at run time; a run of ten words of theirs found in a
file of the repository would mean a rule or a test was written from a seed sentence (the brief forbids it), so the check
reads every tracked text file and reports the file, the line and the words.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
RUN = 10  # words: shorter runs find common phrases ("relations between the United States and the Soviet Union")
WORD = re.compile(r"[a-z0-9]+")
BINARY = (".png", ".gz", ".warc", ".db", ".pkl", ".npz", ".jpg", ".whl", ".ico")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _tracked() -> list[Path]:
    try:
        listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):  # not a git checkout (an unpacked sdist): every file under ROOT
        return [p for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts and ".venv" not in p.parts]
    return [ROOT / name for name in listed]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository")
def test_no_tracked_file_holds_ten_words_of_a_seed_page():
    seed_runs: set[tuple[str, ...]] = set()
    for page in SEEDS.glob("*.txt"):
        seed_runs |= _runs(page.read_text(encoding="utf-8", errors="replace"))
    assert seed_runs
    found = []
    for path in _tracked():
        if path.suffix in BINARY or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            shared = _runs(line) & seed_runs
            if shared:
                found.append((str(path.relative_to(ROOT)), number, " ".join(min(shared))))
    assert not found, found


def test_a_copied_run_is_found():
    # the check's own reading: ten words in a row are one run, nine are none, case and punctuation aside
    assert _runs("One two three, four five six seven eight nine TEN.") == {
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")}
    assert not _runs("one two three four five six seven eight nine")
