"""Measuring tools shared by the benchmarks: run a command and sample the memory of its whole
process tree, run tesseract / OCRmyPDF / ``intake process`` the way a user would, and describe
the machine.

Memory is the sum of the resident set size (RSS) of the started process and all its descendants,
sampled every ``interval`` seconds (default 50 ms) with psutil. Summed RSS counts pages shared
between processes (libraries, copy-on-write) once per process, so it over-states the real use:
it is the conservative figure. Page workers forked from their server (``pipeline.workerserver``)
share the server's imported modules and models: measured once (idle), the server held 121 MB RSS of
which 72 MB proportional (PSS), a fresh worker 79 MB of 42.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import psutil

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
MB = 1024 * 1024


class BenchError(RuntimeError):
    """A benchmark step could not run; the message says which and what to do."""


# -- memory of a process tree ------------------------------------------------------------------

def tree_usage(pid: int) -> tuple[int, int]:
    """(summed RSS in bytes, threads running or ready to run) of process ``pid`` and all its
    descendants; (0, 0) when it is gone."""
    try:
        root = psutil.Process(pid)
        procs = [root] + root.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0, 0
    cmdlines: dict[int, list[str]] = {}
    parents: dict[int, int] = {}
    for p in procs:
        try:
            cmdlines[p.pid] = p.cmdline()
            parents[p.pid] = p.ppid()
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    total = running = 0
    for p in procs:
        try:
            with p.oneshot():
                parent = p.ppid()
                if (p.pid != pid and cmdlines.get(p.pid) == cmdlines.get(parent)
                        and not _is_fork_server(parent, cmdlines, parents)):
                    # a fork caught before its exec (e.g. a worker starting tesseract): it
                    # shares every page with its parent, so its RSS would be counted twice. A
                    # page worker forked from its server (pipeline.workerserver) shares the
                    # server's command line too, but lives on and is counted (in full: the pages
                    # it still shares with the server are counted in both, an over-count)
                    continue
                total += p.memory_info().rss
                running += _running_threads(p.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue  # ended between listing and reading: it holds no memory any more
    return total, running


def _is_fork_server(pid: int, cmdlines: dict[int, list[str]], parents: dict[int, int]) -> bool:
    """Whether ``pid`` is a multiprocessing fork server: a program started as such (its command
    line differs from its parent's), whose children are the workers it forked."""
    cmd = cmdlines.get(pid) or []
    return (any("multiprocessing.forkserver" in part for part in cmd)
            and cmdlines.get(parents.get(pid, -1)) != cmd)


def _running_threads(pid: int) -> int:
    """Threads of process ``pid`` running or ready to run (state R in /proc/PID/task/*/stat).
    A process's own status is its main thread's: ``intake process`` does its work in file threads
    and its page workers classify while a model-loading thread runs, so counting processes by
    status would miss work done outside main threads. Threads waiting for Python's GIL sleep
    (state S) and are not counted."""
    n = 0
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:  # gone, or no /proc: the process's own status
        try:
            return int(psutil.Process(pid).status() == psutil.STATUS_RUNNING)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            return 0
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue  # ended meanwhile
        # "tid (comm) S ...": the state follows the last ')' (comm may hold spaces and parens)
        state = stat[stat.rfind(b")") + 2:stat.rfind(b")") + 3]
        n += state == b"R"
    return n


def tree_rss(pid: int) -> int:
    """Summed RSS in bytes of process ``pid`` and all its descendants (0 when it is gone)."""
    return tree_usage(pid)[0]


class TreeSampler:
    """Samples :func:`tree_usage` of ``pid`` in a background thread until :meth:`stop`.

    ``mean_running`` is the average number of the tree's processes that were running or ready
    to run: how many cores the run could have kept busy, whatever else runs on the machine."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self.samples = 0
        self._running = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=f"rss-{pid}", daemon=True)

    @property
    def mean_running(self) -> float:
        return self._running / self.samples if self.samples else 0.0

    def _loop(self) -> None:
        while not self._stop.is_set():
            rss, running = tree_usage(self.pid)
            if rss:
                self.samples += 1
                self._running += running
                self.peak = max(self.peak, rss)
            self._stop.wait(self.interval)

    def start(self) -> "TreeSampler":
        self._thread.start()
        return self

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


@dataclass
class RunResult:
    label: str
    cmd: list[str]
    wall: float  # seconds from start to exit
    returncode: int
    peak_rss: int  # bytes, whole process tree
    samples: int  # memory samples taken
    stdout: str
    stderr: str
    cpu: float = 0.0  # user + system CPU seconds of the whole process tree
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average at start and end
    running: float = 0.0  # mean number of the tree's processes running or ready to run

    @property
    def peak_mb(self) -> float:
        return self.peak_rss / MB

    def check(self) -> "RunResult":
        if self.returncode != 0:
            tail = "\n".join((self.stderr or self.stdout).strip().splitlines()[-15:])
            raise BenchError(f"{self.label}: command failed with exit code {self.returncode}: "
                             f"{' '.join(self.cmd)}\n{tail}")
        return self


def run_measured(cmd: Sequence[str], *, label: str = "", env: dict[str, str] | None = None,
                 cwd: str | Path | None = None, timeout: float | None = None,
                 interval: float = 0.05) -> RunResult:
    """Run ``cmd``; return its wall time, exit code, output and the peak summed RSS of its
    process tree. Output goes to temporary files (no pipe can fill up and stall the child)."""
    cmd = [str(c) for c in cmd]
    label = label or Path(cmd[0]).name
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        load0 = os.getloadavg()[0]
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd)
        except FileNotFoundError:
            raise BenchError(f"{label}: program {cmd[0]} not found; run `make bench` (it installs "
                             f"the benchmark's Debian packages) or install it.") from None
        sampler = TreeSampler(proc.pid, interval).start()
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_tree(proc.pid)
            proc.wait()
            sampler.stop()
            raise BenchError(f"{label}: did not finish within {timeout:.0f} s: "
                             f"{' '.join(cmd)}") from None
        wall = time.perf_counter() - t0
        peak = sampler.stop()
        # CPU of every process of the tree that was waited for (pool workers, tesseract, ...)
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
        out.seek(0)
        err.seek(0)
        return RunResult(label, cmd, wall, rc, peak, sampler.samples,
                         out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                         cpu=cpu, load=(load0, os.getloadavg()[0]),
                         running=sampler.mean_running)


def kill_tree(pid: int) -> None:
    """End a process we started and every process it started."""
    try:
        root = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    procs = root.children(recursive=True) + [root]
    for p in procs:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            continue
    psutil.wait_procs(procs, timeout=5)


# -- the systems under test ----------------------------------------------------------------------

def base_env(**extra: str) -> dict[str, str]:
    """The environment for a measured run: no Prefect server, no intake settings leaking in."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("INTAKE_", "PREFECT_API"))}
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    env["OMP_THREAD_LIMIT"] = "1"
    env.update(extra)
    return env


def run_bare_tesseract(images: Sequence[Path], jobs: int, outdir: Path, lang: str = "deu",
                       label: str = "bare tesseract") -> tuple[RunResult, dict[str, float]]:
    """One tesseract process per core over ``images`` (``OMP_THREAD_LIMIT=1``), through
    :mod:`bench.tesspool`. Returns the run and the seconds each image took."""
    outdir.mkdir(parents=True, exist_ok=True)
    listing = outdir / "images.txt"
    listing.write_text("\n".join(str(p) for p in images) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "bench.tesspool", "--jobs", str(jobs), "--lang", lang,
           "--out", str(outdir), "--list", str(listing)]
    res = run_measured(cmd, label=label, env=base_env(), cwd=REPO).check()
    per_image = json.loads(res.stdout)["seconds"]
    return res, per_image


def run_ocrmypdf(pdf: Path, out_pdf: Path, jobs: int, cleanup: bool, lang: str = "deu",
                 label: str = "") -> RunResult:
    """OCRmyPDF as paperless-ngx users run it: plain, or with ``--rotate-pages --deskew --clean``."""
    exe = shutil.which("ocrmypdf")
    if not exe:
        raise BenchError("ocrmypdf is not installed; run `make bench` (installs the Debian package "
                         "ocrmypdf) or `apt-get install ocrmypdf`.")
    cmd = [exe, "-l", lang, "--jobs", str(jobs), "--quiet"]
    if cleanup:
        cmd += ["--rotate-pages", "--deskew", "--clean"]
    cmd += [str(pdf), str(out_pdf)]
    env = base_env()
    env.pop("OMP_THREAD_LIMIT", None)  # OCRmyPDF sets its own thread limit per tesseract job
    return run_measured(cmd, label=label or ("OCRmyPDF --rotate-pages --deskew --clean" if cleanup
                                             else "OCRmyPDF plain"), env=env).check()


@dataclass
class IntakeRun:
    run: RunResult
    timings: list[dict[str, Any]] = field(default_factory=list)  # per input, from --timings
    results: list[dict[str, Any]] = field(default_factory=list)  # result files

    def stage_sums(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for t in self.timings:
            for k, v in t["timings"].items():
                out[k] = out.get(k, 0.0) + float(v)
        return out


def run_intake(paths: Sequence[Path], workdir: Path, label: str = "intake process",
               prefect: bool = False, extra_env: dict[str, str] | None = None,
               code: Path | None = None) -> IntakeRun:
    """``intake process PATHS --out DIR --timings`` as a subprocess with a fresh INTAKE_HOME
    under ``workdir``: start-up, storage and routing are all included. ``code``: a copy of the
    repository whose packages are measured instead of the installed ones (to try a change)."""
    exe = VENV_BIN / "intake"
    if not exe.exists():
        raise BenchError(f"{exe} not found; run `make setup` first.")
    if workdir.exists():
        shutil.rmtree(workdir)
    home, out = workdir / "home", workdir / "results"
    home.mkdir(parents=True)
    cmd = [str(exe), "process", *(str(Path(p).resolve()) for p in paths), "--out", str(out),
           "--timings", "--quiet"]
    if prefect:
        cmd.append("--prefect")
    env = base_env(INTAKE_HOME=str(home), **(extra_env or {}))
    if code is not None:
        env["PYTHONPATH"] = str(Path(code).resolve())
    res = run_measured(cmd, label=label, env=env, cwd=workdir)
    (workdir / "stderr.txt").write_text(res.stderr, encoding="utf-8")  # kept with --keep
    res.check()
    timings = []
    for line in res.stderr.splitlines():
        line = line.strip()
        if line.startswith("{") and '"timings"' in line:
            timings.append(json.loads(line))
    results = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]
    rejected = [r for r in results if r.get("status") != "processed"]
    if rejected:
        raise BenchError(f"{label}: {len(rejected)} input(s) were rejected, e.g. "
                         f"{rejected[0]['input']}: {rejected[0].get('error')}")
    return IntakeRun(res, timings, results)


# -- the machine -------------------------------------------------------------------------------

def _first_line(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except (FileNotFoundError, subprocess.TimeoutExpired):
        return "not installed"
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


def machine_info() -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": f"{psutil.virtual_memory().total / (1024 ** 3):.1f} GiB",
        "os": os_name,
        "python": platform.python_version(),
        "tesseract": _first_line(["tesseract", "--version"]),
        "ocrmypdf": _first_line(["ocrmypdf", "--version"]),
        "load": "%.1f %.1f %.1f" % os.getloadavg(),
    }
