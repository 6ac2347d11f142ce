"""A time limit on one document's work, so that no single input can stall a build.

``deadline(seconds, origin)`` interrupts the code it wraps with an
:class:`InputError` (reason ``timeout``) once ``seconds`` have passed. It uses a
real-time interval timer (SIGALRM), which only the main thread of a process can
receive: that is where ``detente build`` and the process-pool workers run each
document. Elsewhere (a thread, a Dask worker thread, a platform without SIGALRM)
it does nothing; the size limits still bound each document there. A long call
into C code (a parser, a regular expression) is interrupted only when it returns,
which is why HTML has a size limit of its own (``max_html_bytes``).
"""

from __future__ import annotations

import signal
import threading

# signal.signal wraps the handler it returns in an enum (Handlers) at every call, ten times the cost of the call itself;
# the deadline sets and restores its handler once per document, so it uses the plain function under it
from _signal import signal as _set_handler
from collections.abc import Iterator
from contextlib import contextmanager

from detente.errors import InputError


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float, origin: str) -> Iterator[None]:
    """Raise ``InputError(origin, "timeout")`` in the wrapped block after ``seconds`` (0 or less: no limit)."""
    if seconds <= 0 or not _can_time():
        yield
        return
    previous_timer = signal.getitimer(signal.ITIMER_REAL)
    if previous_timer[0] > 0:  # an outer deadline is running: it bounds this block already
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise InputError(origin, "timeout", f"took longer than document_timeout_seconds={seconds:g}; "
                         "split the document or raise the limit")

    previous_handler = _set_handler(signal.SIGALRM, expire)
    # then again every second: code that catches every exception (a library's fallback) cannot swallow the limit
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _set_handler(signal.SIGALRM, previous_handler)
