"""An ordered process pool: tasks run in worker processes, results come back in input order as soon
as every earlier one is done.

Each worker takes one task at a time, so the pool always knows which task a worker holds: a worker
that dies (a crash, ``os._exit``, a signal) or runs past the time limit gives that task a failure
result (``failed(task, problem)``), is replaced, and the other tasks go on.  At most ``window``
tasks are taken from the input ahead of the next result due, so memory stays flat however many
tasks there are.  Workers ignore Ctrl-C; the parent stops them, and a worker whose parent is gone
(killed outright) stops itself within :data:`PARENT_CHECK` seconds.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["PARENT_CHECK", "OrderedPool"]

#: Seconds an idle worker waits for a task before it looks whether the command that started it is
#: still there.  A worker forked after another holds a copy of that one's end of its pipe, so when
#: the command is killed (``kill -9``, the OOM killer) the pipe may never report its end; without
#: the look, such workers waited for ever.
PARENT_CHECK = 1.0


def _worker_main(
    conn: Connection,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    work: Callable[[Any], Any],
    path: list[str],
) -> None:
    """A worker's life: set up, then answer ``(seq, task)`` with ``(seq, ok, result or problem)``
    (``ok`` None: the work raised KeyboardInterrupt, which stops the parent's run too)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.path[:] = path
    parent = os.getppid()
    problem: str | None = None
    try:
        initializer(*initargs)
    except BaseException as exc:  # reported with every task, never a silent hang
        problem = f"the worker could not start: {type(exc).__name__}: {exc}"
    while True:
        try:
            if not conn.poll(PARENT_CHECK):
                if os.getppid() != parent:
                    return  # the command was killed: another worker may hold this pipe open
                continue
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        seq, task = message
        if problem is not None:
            conn.send((seq, False, problem))
            continue
        try:
            result = work(task)
            conn.send((seq, True, result))
        except KeyboardInterrupt:  # raised by the work itself (workers ignore Ctrl-C): stop the run
            conn.send((seq, None, "interrupted"))
        except BaseException as exc:  # a result that cannot be sent, or work that raised
            conn.send((seq, False, f"internal error in a worker: {type(exc).__name__}: {exc}"))


def _context() -> Any:
    """``fork`` when this process has one thread (workers start at once, with the parent's plugins
    and settings); else ``forkserver`` or ``spawn``, since forking a threaded process can deadlock."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class _Worker:
    def __init__(self, context: Any, args: tuple[Any, ...]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.job: tuple[int, Any, float] | None = None

    def send(self, seq: int, task: Any) -> None:
        self.job = (seq, task, time.monotonic())
        self.conn.send((seq, task))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class OrderedPool(Generic[T, R]):
    """Run ``work(task)`` in ``jobs`` worker processes; see the module's docstring.

    ``initializer(*initargs)`` runs once in each worker (to build its plugin manager); ``failed``
    makes the result of a task whose worker died or timed out; ``timeout`` is in seconds per task
    (None: no limit).  ``prepare()``, when given, runs once in this process before the first
    worker starts, only when workers are forked (they then inherit what it loaded: modules,
    compiled patterns), not when they start afresh.
    """

    def __init__(
        self,
        jobs: int,
        work: Callable[[T], R],
        failed: Callable[[T, str], R],
        initializer: Callable[..., None],
        initargs: tuple[Any, ...] = (),
        timeout: float | None = None,
        window: int | None = None,
        prepare: Callable[[], None] | None = None,
    ) -> None:
        self.jobs = max(1, jobs)
        self.work = work
        self.failed = failed
        self.args = (initializer, initargs, work, list(sys.path))
        self.timeout = timeout
        self.window = window or self.jobs * 4
        self.context = _context()
        self.prepare = prepare if self.context.get_start_method() == "fork" else None

    def map(self, tasks: Iterable[T]) -> Iterator[R]:
        """The results of ``tasks``, in their order, each as soon as it and those before it are done."""
        source = iter(tasks)
        if self.prepare is not None:
            self.prepare()
            self.prepare = None
        workers = [_Worker(self.context, self.args) for _ in range(self.jobs)]
        done: dict[int, R] = {}
        next_seq = next_out = 0
        exhausted = False
        try:
            while True:
                for index, worker in enumerate(workers):
                    if exhausted or next_seq - next_out >= self.window:
                        break
                    if worker.job is not None:
                        continue
                    try:
                        task = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    if not worker.process.is_alive():  # died after its last answer
                        worker.stop(kill=True)
                        worker = workers[index] = _Worker(self.context, self.args)
                    worker.send(next_seq, task)
                    next_seq += 1
                busy = [w for w in workers if w.job is not None]
                if not busy:
                    break
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], self._wait(busy))
                for index, worker in enumerate(workers):
                    if worker.job is None:
                        continue
                    seq, task, started = worker.job
                    problem: str | None = None
                    if worker.conn in ready or worker.process.sentinel in ready:
                        try:
                            got_seq, ok, result = worker.conn.recv()
                        except (EOFError, OSError):
                            worker.process.join(timeout=5)
                            code = worker.process.exitcode
                            problem = f"the worker checking it died (exit code {code})"
                        else:
                            if ok is None:
                                raise KeyboardInterrupt
                            done[got_seq] = result if ok else self.failed(task, result)
                            worker.job = None
                            continue
                    elif self.timeout is not None and time.monotonic() - started > self.timeout:
                        problem = f"timed out after {self.timeout:g} s (--timeout); its worker was stopped"
                    if problem is not None:
                        done[seq] = self.failed(task, problem)
                        worker.job = None
                        worker.stop(kill=True)
                        workers[index] = _Worker(self.context, self.args)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
        finally:
            for worker in workers:
                worker.stop(kill=worker.job is not None)

    def _wait(self, busy: list[_Worker]) -> float | None:
        if self.timeout is None:
            return None
        now = time.monotonic()
        return max(0.0, min(self.timeout - (now - w.job[2]) for w in busy if w.job is not None)) + 0.01
