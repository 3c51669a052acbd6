"""Run `process.process` over many seeds, on all cores when there are enough of them.

Each seed is processed on its own, so the work splits cleanly across processes;
results come back in seed order and are the very objects a serial run would
make, so the site is byte-identical either way (tests/test_parallel_*.py).
A pool costs a fork per worker plus pickling each seed out and each article
back, which only pays off past MIN_PARALLEL seeds (measured with `make bench`).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading

from generator.model import Problem, Processed, Seed
from generator.process import process

MIN_PARALLEL = 48  # seeds; below this one process is as fast (see bench/README.md)


def default_workers() -> int:
    """The cores this process may run on (NEWS_DIGEST_JOBS is read with the settings)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_all(jobs: list[tuple[Seed, str]], workers: int | None = None) -> list[Processed]:
    """process(seed, seed_path) for each job, in order."""
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1 or len(jobs) < MIN_PARALLEL:
        return [Processed(*process(seed, path)) for seed, path in jobs]
    # The first seed runs here: it loads the lazy tables (gazetteer, outlet
    # names) once, and forked workers inherit them instead of each loading them.
    from concurrent.futures.process import BrokenProcessPool  # here: most runs need no pool

    outcomes = [Processed(*process(*jobs[0]))]
    rest = jobs[1:]
    try:
        outcomes += _in_pool(rest, workers)
    except (OSError, BrokenProcessPool):  # no semaphores, a killed worker...: do it here
        outcomes += [Processed(*process(seed, path)) for seed, path in rest]
        return outcomes
    return outcomes


def _in_pool(jobs: list[tuple[Seed, str]], workers: int) -> list[Processed]:
    """Articles come back pickled once, by the worker, without their seed's bytes: the parent
    unpickles them and hands the same bytes on to the cache (`Processed.pickled`)."""
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(jobs) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        returned = list(pool.map(_work, jobs, chunksize=chunk))
    outcomes = []
    for (seed, _), (blob, problems) in zip(jobs, returned):
        article = None
        if blob is not None:
            article = pickle.loads(blob)
            article.seed = seed  # reattach the parent's seed
        outcomes.append(Processed(article, problems, blob))
    return outcomes


def _work(job: tuple[Seed, str]) -> tuple[bytes | None, list[Problem]]:
    article, problems = process(*job)
    if article is None:
        return None, problems
    article.seed = None  # the parent has it; do not pickle the raw bytes back
    return pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL), problems


def _context():
    """fork is cheapest; a process running other threads (mkdocs serve) forks a clean server
    instead."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
