"""The one timing rule every bench script uses: the fastest of several runs (the least disturbed by the machine)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(runs: int, work: Callable[..., object], setup: Callable[[], object] | None = None) -> float:
    """Fastest of `runs`, in seconds; `setup` (not timed) runs before each, and what it returns is passed to `work`."""
    times = []
    for _ in range(runs):
        arguments = [setup()] if setup is not None else []
        started = time.perf_counter()
        work(*arguments)
        times.append(time.perf_counter() - started)
    return min(times)
