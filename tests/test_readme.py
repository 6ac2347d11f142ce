"""README.md's Python examples run as written: a user copies them into a folder that holds ``pages/``."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from pathlib import Path

from detente.resources import demo_paths

README = Path(__file__).resolve().parents[1] / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_has_python_examples():
    assert _python_blocks(), "README.md should show the Python API"


def test_readme_python_examples_run_as_written(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    with demo_paths() as paths:
        for path in [p for p in sorted(paths) if p.suffix == ".txt"][:3]:
            shutil.copy(path, pages / path.name)
    here = os.getcwd()
    out = io.StringIO()
    os.chdir(tmp_path)
    try:
        for block in _python_blocks():
            namespace: dict = {"__name__": "__readme__"}
            with contextlib.redirect_stdout(out):
                exec(compile(block, str(README), "exec"), namespace)  # noqa: S102 - our own README
    finally:
        os.chdir(here)
    printed = out.getvalue().splitlines()
    # every event printed with a date, its actors, a type and its sentence
    assert any(line.startswith("1933") and "USA" in line and "SUN" in line for line in printed), printed[:5]
    report = namespace.get("report")
    if report is not None:
        assert report.stored == 3 and report.events > 0 and not report.skipped
    assert (tmp_path / "detente.db").exists()
