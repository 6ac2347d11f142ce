"""Generated data files equal what their build scripts make from data-src/ (and ../shared/reference)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "events"


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not beside the repository")
def test_event_code_tables_and_lexicon_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_data.py"), "--reference", str(REFERENCE), "--check"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr


TBAQ = ROOT.parent / "shared" / "reference" / "temporal" / "tbaq_cleaned.jsonl"


@pytest.mark.skipif(not TBAQ.exists(), reason="../shared/reference/temporal/tbaq_cleaned.jsonl is not beside the repository")
def test_learned_timex_conventions_are_what_the_trainer_makes_from_tbaq():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_timex_conventions.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
