#!/usr/bin/env python3
"""The SPEC §11 benchmark: suanpan and its peers on the same ledger, answers checked first.

Run through Benchmarks/run.sh (`run.sh --help`). For each ledger size and workload, every
tool runs once to warm up, then K rounds alternate the tools (suanpan, peer 1, peer 2, …,
then again), so that a noisy neighbour slows all of them alike. Each run is a whole process
started from here; its output is checked against the exact answers make-ledger.py wrote
before its time counts, and a wrong answer is reported as wrong, never timed. Peak memory
is the kernel's ru_maxrss for that process (os.wait4). The report goes to BENCHMARKS.md.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import checks

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS = HERE / "peers"
DATA = HERE / "data"
VENV_PYTHON = HERE / ".venv" / "bin" / "python"
PROFILE_MARKER = "<!-- profile -->"

SIZES_DEFAULT = [10_000, 1_000_000]

# SPEC §11's targets: (seconds, MiB or None) by workload, for 1M rows and for 10,000 rows.
TARGETS = {
    ("a", None): (0.010, None, "≤"),
    ("b", 1_000_000): (0.17, 106, "<"),
    ("c", 1_000_000): (0.40, None, "<"),
    ("d", 1_000_000): (0.20, None, "<"),
    ("e", 1_000_000): (0.22, None, "<"),
    ("b", 10_000): (0.015, None, "<"),
    ("c", 10_000): (0.015, None, "<"),
    ("d", 10_000): (0.015, None, "<"),
    ("e", 10_000): (0.015, None, "<"),
}
INTERACTIVE_TARGETS_MS = {"live": 5.0, "show": 10.0}

WORKLOADS = {
    "a": "start and evaluate 1+1",
    "b": "load, print SUM(决算数) and SUM(预算数)",
    "c": "执行率 = 决算数/预算数 per row, write all columns + 执行率 as CSV",
    "d": "group by 部门: sums and execution rate, 200 rows out",
    "e": "per household: SUM(决算数)/SUM(户数) by 部门, 季度 where 户数 > 0",
    "live": "change one ledger value with d's summary open (one session)",
    "show": "`show` of the ledger at the prompt",
}


# ---------------------------------------------------------------------------- the ledger

def ledger(rows):
    """Benchmarks/data/ledger-ROWS.csv and its exact answers, made once and reused.

    Made again when make-ledger.py changed since (its hash is in the answers).
    """
    DATA.mkdir(exist_ok=True)
    csv_path = DATA / f"ledger-{rows}.csv"
    answers_path = DATA / f"ledger-{rows}.expected.json"
    generator = HERE / "make-ledger.py"
    digest = hashlib.sha256(generator.read_bytes()).hexdigest()
    if csv_path.exists() and answers_path.exists():
        answers = json.loads(answers_path.read_text(encoding="utf-8"))
        if answers.get("generator_sha256") == digest and answers.get("rows") == rows:
            return csv_path, answers
    print(f"making {csv_path.relative_to(ROOT)} ({rows:,} rows)…", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, str(generator), str(rows), str(csv_path)], check=True)
    return csv_path, json.loads(answers_path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------- running

@dataclass
class Run:
    seconds: float
    max_rss_kib: int
    returncode: int
    stdout: str
    stderr: str


def run_process(argv, stdin_path=None, stdout_path=None):
    """Runs argv to completion; wall time from just before the fork to the reaping wait4.

    Output goes to files rather than pipes, so the tool never waits on us to read it.
    """
    with (open(stdout_path, "w+b") if stdout_path else tempfile.TemporaryFile()) as out, \
            tempfile.TemporaryFile() as err, open(stdin_path or os.devnull, "rb") as stdin:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=stdin, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait
        out.seek(0)
        err.seek(0)
        stdout = "" if stdout_path else out.read().decode("utf-8", "replace")
        return Run(seconds, usage.ru_maxrss, process.returncode, stdout,
                   err.read().decode("utf-8", "replace"))


# ---------------------------------------------------------------------------- the tools

@dataclass
class Job:
    """One (tool, workload, ledger) to run: how to start it and how to check it."""
    argv: list
    check: object             # Run -> checks.Verdict
    stdin_path: str = None
    output_path: Path = None  # workload c's file, removed before every run
    stdout_to_output: bool = False  # the tool prints workload c's CSV: send it to the file


class Tool:
    name = ""
    note = ""  # said in the report beside the version

    def available(self):
        raise NotImplementedError

    def version(self):
        raise NotImplementedError

    def job(self, workload, ledger_path, answers, scratch):
        """The Job for this workload, or None when the tool does not take part."""
        raise NotImplementedError


class Suanpan(Tool):
    name = "suanpan"

    def __init__(self, binary):
        self.binary = str(binary)
        self._has_timer = None

    def has_timer(self):
        """Whether this build knows `set timer on` (the interactive workloads' clock).

        Without it the interactive answers are still checked, but nothing is timed.
        """
        if self._has_timer is None:
            probe = subprocess.run([self.binary, "-c", "set timer on"], capture_output=True)
            self._has_timer = probe.returncode == 0
        return self._has_timer

    def available(self):
        return os.access(self.binary, os.X_OK)

    def version(self):
        commit = git("rev-parse", "--short=12", "HEAD")
        dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--", "Sources") else ""
        return f"commit {commit}{dirty}, binary {self.binary}"

    def job(self, workload, ledger_path, answers, scratch):
        if workload == "a":
            return Job([self.binary, "-c", "1+1"], lambda run: checks.check_a(run.stdout))
        sheet = ledger_path.stem  # the CSV's sheet is named after the file
        summary = (f"summarize {sheet} by 部门 into 部门汇总 with 预算 = SUM(预算数), "
                   f"决算 = SUM(决算数), 执行率 = RATE(决算, 预算)")
        # A hyphen in a sheet name needs quotes in a cell reference (`ledger-10000!G2` does
        # not parse), though `summarize ledger-10000` and `show ledger-10000` take it bare.
        cell = f"'{sheet}'!G2"
        department = answers["first_row"]["部门"]
        c_out = scratch / f"suanpan-c-{sheet}.csv"
        script = {
            "b": "SUM(决算数); SUM(预算数)",
            "c": f"执行率 = 决算数/预算数; export {sheet} to \"{c_out}\"",
            "d": f"{summary}; set rows all; show 部门汇总",
            "e": (f"summarize {sheet} where 户数 > 0 by 部门, 季度 into 户均 with "
                  f"户均决算 = PER(SUM(决算数), SUM(户数)); set rows all; show 户均"),
            # The read of the summary is timed too: the figure is the time to an updated
            # summary, whether suanpan recomputes at the change or at the read.
            "live": (f"{summary}; set timer on; {cell} = 1; 部门汇总.决算[\"{department}\"]; "
                     f"set timer off"),
            "show": f"set timer on; show {sheet}",
        }[workload]
        timer = self.has_timer()
        if not timer:
            script = script.replace("set timer on; ", "").replace("; set timer off", "")
        argv = [self.binary, str(ledger_path), "-c", script]
        check = {
            "b": lambda run: checks.check_b([line.split()[0] for line in
                                             checks.value_lines(run.stdout)], answers),
            "c": lambda run: checks.check_c(ledger_path, c_out, answers),
            "d": lambda run: checks.check_d(checks.suanpan_table(run.stdout), answers),
            "e": lambda run: checks.check_e(checks.suanpan_table(run.stdout), answers),
            "live": lambda run: timed(run, checks.check_live_change(run.stdout, answers),
                                      2 if timer else 0),
            "show": lambda run: timed(run, checks.check_show(run.stdout, answers),
                                      1 if timer else 0),
        }[workload]
        return Job(argv, check, output_path=c_out if workload == "c" else None)


def timed(run, verdict, statements):
    """Adds suanpan's `time:` figures to an interactive verdict.

    The first timer line is `set timer on`'s own; the `statements` after it are the ones
    measured (the live change: the assignment, then the read).
    """
    if statements == 0:
        verdict.detail = "; ".join(filter(None, [verdict.detail, "not timed: this build has "
                                                 "no `set timer`"]))
        return verdict
    figures = checks.timer_lines(run.stderr)[1:]
    if len(figures) < statements:
        return checks.Verdict(checks.WRONG, f"{len(figures)} `time:` lines on stderr, "
                              f"expected {statements}: {run.stderr.strip()[-200:]!r}")
    verdict.timings_ms = figures[:statements]
    return verdict


class Peer(Tool):
    """A peer whose workloads are files under Benchmarks/peers/NAME/."""
    executable = ""
    suffix = ""

    def folder(self):
        return PEERS / self.name

    def available(self):
        return bool(self.executable) and shutil.which(self.executable) is not None

    def job(self, workload, ledger_path, answers, scratch):
        source = self.folder() / f"{workload}{self.suffix}"
        if not source.exists():
            return None
        out = scratch / f"{self.name}-c-{ledger_path.stem if ledger_path else 'none'}.csv"
        argv, stdin_path = self.command(source, ledger_path, out, scratch)
        check = {
            "a": lambda run: checks.check_a(run.stdout),
            "b": lambda run: checks.check_b(checks.csv_rows(run.stdout)[-1]
                                            if checks.csv_rows(run.stdout) else [], answers),
            "c": lambda run: checks.check_c(ledger_path, out, answers),
            "d": lambda run: checks.check_d(checks.csv_rows(run.stdout), answers),
            "e": lambda run: checks.check_e(checks.csv_rows(run.stdout), answers),
        }[workload]
        return Job(argv, check, stdin_path, out if workload == "c" else None)

    def template(self, source, ledger_path, out):
        return source.read_text(encoding="utf-8").replace("{ledger}", str(ledger_path)) \
            .replace("{out}", str(out))


def duckdb_binary():
    """The DuckDB CLI that PyPI's duckdb-cli wheel ships, inside the venv."""
    found = sorted((HERE / ".venv").glob("lib/python*/site-packages/duckdb_cli/duckdb"))
    return str(found[0]) if found else None


class DuckDB(Peer):
    name = "duckdb"
    suffix = ".sql"
    note = "the CLI binary of PyPI's duckdb-cli wheel, run directly (no Python)"

    def available(self):
        return duckdb_binary() is not None

    def version(self):
        return "DuckDB CLI " + output([duckdb_binary(), "--version"])

    def command(self, source, ledger_path, out, scratch):
        return [duckdb_binary(), "-csv", "-c", self.template(source, ledger_path, out)], None


class SQLite(Peer):
    name = "sqlite3"
    executable = "sqlite3"
    suffix = ".sql"
    note = "`.import --csv` into an in-memory database, then the query (the import is timed)"

    def version(self):
        return "sqlite3 " + output(["sqlite3", "--version"]).split()[0]

    def command(self, source, ledger_path, out, scratch):
        # Dot-commands are read one a line from standard input.
        script = scratch / f"sqlite3-{source.stem}-{out.stem}.sql"
        script.write_text(self.template(source, ledger_path, out), encoding="utf-8")
        return ["sqlite3", "-csv", ":memory:"], str(script)


class Miller(Peer):
    name = "miller"
    executable = "mlr"
    suffix = ".mlr"
    note = "`mlr -s FILE` (Miller's argument files)"

    def version(self):
        return output(["mlr", "--version"])

    def command(self, source, ledger_path, out, scratch):
        argv = ["mlr", "-s", str(source)]
        return (argv if source.stem == "a" else argv + [str(ledger_path)]), None

    def job(self, workload, ledger_path, answers, scratch):
        job = super().job(workload, ledger_path, answers, scratch)
        if job is not None and workload == "c":
            job.stdout_to_output = True  # Miller writes CSV on its standard output
        return job


class PythonPeer(Peer):
    """polars and pandas: a script run by the venv's Python, import and start-up timed."""
    suffix = ".py"
    module = ""

    def available(self):
        if not VENV_PYTHON.exists():
            return False
        return subprocess.run([str(VENV_PYTHON), "-c", f"import {self.module}"],
                              capture_output=True).returncode == 0

    def version(self):
        python = output([str(VENV_PYTHON), "--version"])
        mine = output([str(VENV_PYTHON), "-c", f"import {self.module}; print({self.module}.__version__)"])
        return f"{self.name} {mine} ({python})"

    def command(self, source, ledger_path, out, scratch):
        argv = [str(VENV_PYTHON), str(source)]
        if source.stem != "a":
            argv.append(str(ledger_path))
        if source.stem == "c":
            argv.append(str(out))
        return argv, None


class Polars(PythonPeer):
    name = module = "polars"
    note = "lazy scan_csv; Python's start-up and the import are timed"


class Pandas(PythonPeer):
    name = module = "pandas"
    note = "read_csv with its default engine; Python's start-up and the import are timed"


PEER_CLASSES = [DuckDB, Polars, Pandas, Miller, SQLite]
INSTALL_HINT = "Benchmarks/install-peers.sh"


def git(*arguments):
    return output(["git", "-C", str(ROOT), *arguments])


def output(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


# ---------------------------------------------------------------------------- measuring

@dataclass
class Result:
    tool: str
    workload: str
    rows: int            # None for workload a, which reads no ledger
    seconds: list = field(default_factory=list)
    rss_kib: list = field(default_factory=list)
    verdict: checks.Verdict = None
    timings_ms: list = field(default_factory=list)  # interactive: per run, the sum of parts
    parts_ms: list = field(default_factory=list)    # interactive: per run, each statement

    def record(self, verdict):
        """Keeps the worst verdict seen over the runs (for c, one with changed cells first)."""
        if self.verdict is None or checks._RANK[verdict.status] > checks._RANK[self.verdict.status] \
                or (verdict.status == self.verdict.status and not verdict.cells_ok):
            self.verdict = verdict


class Checker:
    """Checks a run; outputs already judged (same bytes) are not read again."""

    def __init__(self):
        self.cache = {}

    def __call__(self, job, run):
        if run.returncode != 0:
            return checks.Verdict(checks.WRONG, f"exit status {run.returncode}: "
                                  f"{run.stderr.strip()[-300:]!r}")
        key = self.key(job, run)
        if key is not None and key in self.cache:
            return self.cache[key]
        try:
            verdict = job.check(run)
        except (ValueError, IndexError, KeyError, StopIteration) as error:
            verdict = checks.Verdict(checks.WRONG, f"unreadable output: {error!r}")
        if key is not None:
            self.cache[key] = verdict
        return verdict

    @staticmethod
    def key(job, run):
        # Only workload c's big file is worth caching; interactive checks carry timings.
        if job.output_path is None or not job.output_path.exists():
            return None
        digest = hashlib.sha256()
        with open(job.output_path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        return (str(job.output_path), digest.hexdigest())


def measure(tools, workload, rows, ledger_path, answers, runs, warm_up, scratch, checker):
    """Runs every tool's job round-robin; returns a Result per tool."""
    jobs, results = [], []
    for tool in tools:
        job = tool.job(workload, ledger_path, answers, scratch)
        if job is not None:
            jobs.append((tool, job))
            results.append(Result(tool.name, workload, rows))
    live = list(range(len(jobs)))  # tools still measured: a wrong answer drops one
    for round_number in range(-1 if warm_up else 0, runs):
        for index in list(live):
            tool, job = jobs[index]
            if job.output_path is not None and job.output_path.exists():
                job.output_path.unlink()  # a stale file must not pass for this run's
            run = run_process(job.argv, job.stdin_path,
                              job.output_path if job.stdout_to_output else None)
            verdict = checker(job, run)
            result = results[index]
            result.record(verdict)
            if not verdict.ok:
                live.remove(index)  # reported as wrong; its times do not count
                result.seconds.clear()
                result.rss_kib.clear()
                result.timings_ms.clear()
                result.parts_ms.clear()
                continue
            if round_number >= 0:
                result.seconds.append(run.seconds)
                result.rss_kib.append(run.max_rss_kib)
                if verdict.timings_ms:
                    result.timings_ms.append(sum(verdict.timings_ms))
                    result.parts_ms.append(verdict.timings_ms)
    for tool, job in jobs:
        if job.output_path is not None and job.output_path.exists():
            job.output_path.unlink()  # up to 120 MB each at 1M rows
    return results


def harness_floor(samples=20):
    """The time this harness takes to start and reap a process that does nothing."""
    true = shutil.which("true") or "/bin/true"
    return statistics.median(run_process([true]).seconds for _ in range(samples))


# ---------------------------------------------------------------------------- the report

def fmt_seconds(values):
    if not values:
        return "—"
    return f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"


def fmt_ms(values):
    if not values:
        return "—"
    return f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"


def fmt_mib(kib_values):
    return f"{statistics.median(kib_values) / 1024:.0f}" if kib_values else "—"


def comparison(suanpan, peer):
    """`suanpan ×1.8 faster` when the peer's median is 1.8 times suanpan's."""
    if not suanpan.seconds or not peer.seconds:
        return "—"
    ratio = statistics.median(peer.seconds) / statistics.median(suanpan.seconds)
    return f"suanpan ×{ratio:.1f} faster" if ratio >= 1 else f"suanpan ×{1 / ratio:.1f} slower"


def answer_cell(result):
    verdict = result.verdict
    if verdict is None:
        return "—"
    return verdict.status + (f": {verdict.detail}" if verdict.detail else "")


def target_line(workload, rows, suanpan):
    target = TARGETS.get((workload, None if workload == "a" else rows))
    if target is None:
        return "SPEC §11 sets no target for this size."
    seconds, mib, relation = target
    wanted = f"{relation} {seconds:.3f} s" + (f" and < {mib} MiB peak" if mib else "")
    if not suanpan or not suanpan.seconds:
        return f"SPEC §11 target: {wanted} — **not met** (no correct timed run)."
    median = statistics.median(suanpan.seconds)
    peak = statistics.median(suanpan.rss_kib) / 1024
    met = (median <= seconds if relation == "≤" else median < seconds) and \
        (mib is None or peak < mib)
    got = f"{median:.3f} s" + (f", {peak:.0f} MiB" if mib else "")
    return f"SPEC §11 target: {wanted} — **{'met' if met else 'not met'}** (suanpan: {got})."


def section(workload, rows, results):
    title = f"### {workload}. {WORKLOADS[workload]}" + (f" — {rows:,} rows" if rows else "")
    suanpan = next((r for r in results if r.tool == "suanpan"), None)
    lines = [title, "", target_line(workload, rows, suanpan), ""]
    with_cells = workload == "c"
    head = "| tool | median s (min–max) | peak MiB | vs suanpan | answer |"
    rule = "|---|---|---|---|---|"
    if with_cells:
        head += " untouched cells byte for byte |"
        rule += "---|"
    lines += [head, rule]
    for result in results:
        versus = "" if result.tool == "suanpan" or suanpan is None else comparison(suanpan, result)
        row = (f"| {result.tool} | {fmt_seconds(result.seconds)} | {fmt_mib(result.rss_kib)} | "
               f"{versus} | {escape(answer_cell(result))} |")
        if with_cells:
            row += f" {escape(result.verdict.cells if result.verdict else '—')} |"
        lines.append(row)
    return lines + [""]


def interactive_section(results):
    lines = ["## Interactive (suanpan only; no peer keeps a summary live)", "",
             "Timed inside one session by suanpan's own `set timer on` (the `time: … ms` lines "
             "on stderr); the live change is the assignment of `'SHEET'!G2 = 1` (决算数 of the "
             "first data row) plus the read of the updated 部门汇总.决算 for that row's 部门, and "
             "the printed value is checked against the exact group sum.", "",
             "| workload | rows | median ms (min–max) | parts, median ms | target | met | answer "
             "| process peak MiB |",
             "|---|---|---|---|---|---|---|---|"]
    for result in results:
        target = INTERACTIVE_TARGETS_MS[result.workload]
        if result.timings_ms:
            met = "met" if statistics.median(result.timings_ms) < target else "not met"
        else:
            met = "not measured"
        lines.append(f"| {WORKLOADS[result.workload]} | {result.rows:,} | "
                     f"{fmt_ms(result.timings_ms)} | {parts(result)} | < {target:g} ms | {met} | "
                     f"{escape(answer_cell(result))} | {fmt_mib(result.rss_kib)} |")
    return lines + [""]


def parts(result):
    """The live change's two statements apart: is the time in the change or in the read?"""
    if result.workload != "live" or not result.parts_ms:
        return ""
    assignment = statistics.median(p[0] for p in result.parts_ms)
    read = statistics.median(p[1] for p in result.parts_ms)
    return f"assignment {assignment:.3f} + read {read:.3f}"


def escape(text):
    return text.replace("|", "\\|").replace("\n", " ")


def machine_lines(floor):
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as f:
        memory_kib = int(f.readline().split()[1])
    return [f"- {os.cpu_count()} cores (nproc: {output(['nproc'])}), {cpu}, "
            f"{memory_kib / 1024 / 1024:.1f} GiB memory; {platform.platform()}",
            f"- Load average when the run began: {', '.join(f'{x:.2f}' for x in os.getloadavg())}",
            f"- Starting and reaping a process that does nothing (`true`) takes "
            f"{floor * 1000:.2f} ms from this harness: every time below includes that much."]


def write_report(path, args, tools, missing, all_results, floor, started):
    suanpan = tools[0]
    lines = ["# Benchmarks (SPEC §11)", "",
             f"Written by `Benchmarks/run.sh {' '.join(args.argv)}`".rstrip() +
             f" on {started:%Y-%m-%d %H:%M} UTC; everything above the profile marker at the "
             "end is rewritten by the next run.", ""]
    if args.runs < 5 or len(tools) == 1:
        lines += [f"**Not the real report: {args.runs} run(s) per tool"
                  + (", no peer measured" if len(tools) == 1 else "")
                  + ". SPEC §11 asks for the medians of at least 5 runs beside the peers.**", ""]
    lines += ["## Machine", "", *machine_lines(floor), "",
             "## Versions", "",
             f"- suanpan: {suanpan.version()}",
             f"- {output(['swift', '--version']).splitlines()[0] if shutil.which('swift') else 'swift: not found'}"]
    for tool in tools[1:]:
        lines.append(f"- {tool.version()} — {tool.note}")
    for name in missing:
        lines.append(f"- {name}: not installed, not measured (`{INSTALL_HINT}` installs it)")
    lines += ["", "## How to read this", "",
              f"- Each tool ran each workload once to warm up, then {args.runs} times, alternating "
              "the tools round-robin; the median wall time (whole process, from the CSV) is shown "
              "with the min–max, and the median peak resident memory (the kernel's ru_maxrss).",
              "- *vs suanpan*: the peer's median divided by suanpan's — `suanpan ×1.8 faster` "
              "means the peer took 1.8 times as long; `suanpan ×1.3 slower`, suanpan took 1.3 "
              "times as long.",
              "- *answer*: **exact** — sums printed as the exact decimal (`4491842216.07`), ratios "
              "correctly rounded at the last digit printed and at 15 significant digits "
              "(General format's `0.9309762104932` is exact for 0.93097621049320006…); "
              "**approximate** — binary floating-point noise (`4491842216.069992`), within "
              "1e-12 relative for sums and ratios of sums, 1e-14 for c's per-row ratio; "
              "**wrong** — anything else; a wrong answer's times are not counted.",
              "- Workload c: a blank 决算数 counts as 0, as in a spreadsheet, and every peer's "
              "script is written to do the same; *untouched cells* says whether the ten "
              "original cells of every row came back byte for byte (`91` stays `91`, a blank "
              "stays blank).",
              "- The peers' workloads are the files under `Benchmarks/peers/`.", ""]
    batch = [r for r in all_results if r.workload not in INTERACTIVE_TARGETS_MS]
    lines += glance(all_results)
    lines += ["## Workloads a–e", ""]
    for key in ordered_sections(batch):
        lines += section(key[0], key[1], [r for r in batch if (r.workload, r.rows) == key])
    lines += interactive_section([r for r in all_results if r.workload in INTERACTIVE_TARGETS_MS])
    text = "\n".join(lines) + "\n"
    tail = "\n_Profile notes, by hand: whatever is below the marker is kept when run.sh rewrites this file._\n"
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if PROFILE_MARKER in old:
            tail = old.split(PROFILE_MARKER, 1)[1]
    path.write_text(text + PROFILE_MARKER + tail, encoding="utf-8")


def glance(results):
    """suanpan against each SPEC §11 target, one line each: the report's first question."""
    lines = ["## SPEC §11 targets at a glance (suanpan)", "",
             "| workload | rows | target | suanpan median | met | answer |",
             "|---|---|---|---|---|---|"]
    for r in results:
        if r.tool != "suanpan":
            continue
        if r.workload in INTERACTIVE_TARGETS_MS:
            limit = INTERACTIVE_TARGETS_MS[r.workload]
            wanted = f"< {limit:g} ms"
            got = f"{statistics.median(r.timings_ms):.3f} ms" if r.timings_ms else "not timed"
            met = ("met" if statistics.median(r.timings_ms) < limit else "not met") \
                if r.timings_ms else "—"
        else:
            target = TARGETS.get((r.workload, None if r.workload == "a" else r.rows))
            if target is None:
                continue
            seconds, mib, relation = target
            wanted = f"{relation} {seconds:.3f} s" + (f", < {mib} MiB" if mib else "")
            if r.seconds:
                median, peak = statistics.median(r.seconds), statistics.median(r.rss_kib) / 1024
                got = f"{median:.3f} s" + (f", {peak:.0f} MiB" if mib else "")
                ok = (median <= seconds if relation == "≤" else median < seconds) and \
                    (mib is None or peak < mib)
                met = "**met**" if ok else "not met"
            else:
                got, met = "—", "not met"
        rows = f"{r.rows:,}" if r.rows else "—"
        lines.append(f"| {r.workload}. {WORKLOADS[r.workload]} | {rows} | {wanted} | {got} | "
                     f"{met} | {r.verdict.status if r.verdict else '—'} |")
    return lines + [""]


def ordered_sections(results):
    keys = []
    for result in results:
        key = (result.workload, result.rows)
        if key not in keys:
            keys.append(key)
    return keys


def summary_lines(all_results):
    """A plain-text summary for the terminal (and for CI's log)."""
    lines = []
    for r in all_results:
        size = f"{r.rows:,} rows" if r.rows else "no ledger"
        timing = fmt_ms(r.timings_ms) + " ms (timer)" if r.workload in INTERACTIVE_TARGETS_MS \
            else fmt_seconds(r.seconds) + " s"
        cells = f"; untouched cells: {r.verdict.cells}" if r.verdict and r.verdict.cells else ""
        lines.append(f"{r.workload:>4} {size:>16} {r.tool:<8} {timing:<32} "
                     f"{fmt_mib(r.rss_kib):>5} MiB  {answer_cell(r)}{cells}")
    return lines


# ---------------------------------------------------------------------------- the command

def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="Benchmarks/run.sh",
        description="SPEC §11: suanpan against DuckDB, polars, pandas, Miller and sqlite3 "
                    "on the generated ledger; answers checked before times count.")
    parser.add_argument("--rows", action="append", metavar="N[,N…]",
                        help="ledger size(s), repeatable or comma-separated; 10k and 1M "
                             "are accepted (default: 10000 and 1000000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool (default 5; "
                        "the real report needs at least 5)")
    parser.add_argument("--smoke", action="store_true",
                        help="10,000 rows, 1 run, no warm-up, no report: exits non-zero when "
                             "any suanpan answer is not exact (for CI)")
    parser.add_argument("--suanpan", metavar="PATH",
                        help="the suanpan binary (default: `swift build -c release --static-swift-stdlib "
                             "--scratch-path .build-static`, then .build-static/release/suanpan)")
    parser.add_argument("--out", metavar="FILE", default=str(ROOT / "BENCHMARKS.md"),
                        help="the report (default: BENCHMARKS.md at the repository root)")
    parser.add_argument("--tools", metavar="NAME[,NAME…]",
                        help="only these tools (suanpan always runs), e.g. duckdb,polars")
    parser.add_argument("--workloads", metavar="W[,W…]",
                        help="only these workloads, of " + ",".join(WORKLOADS))
    args = parser.parse_args(argv)
    args.argv = argv
    if args.smoke:
        args.rows, args.runs = ["10000"], 1
    args.sizes = sorted({parse_size(part) for item in (args.rows or []) for part in item.split(",")
                         if part}) or SIZES_DEFAULT
    args.workloads = args.workloads.split(",") if args.workloads else list(WORKLOADS)
    unknown = set(args.workloads) - set(WORKLOADS)
    if unknown:
        parser.error(f"unknown workload(s): {', '.join(sorted(unknown))}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    names = {"suanpan"} | {cls.name for cls in PEER_CLASSES}
    if args.tools and set(args.tools.split(",")) - names:
        parser.error(f"unknown tool(s); known: {', '.join(sorted(names))}")
    return args


def parse_size(text):
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(text.rstrip("km")) * scale


def suanpan_binary(args):
    if args.suanpan:
        return Path(args.suanpan).resolve()
    # Linked statically, as suanpan ships: one binary, and no dynamic linking of Foundation and
    # ICU at every start (half of `suanpan -c '1+1'` otherwise). Its own build folder, so that
    # the debug and release builds in .build are not rebuilt.
    command = ["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", ".build-static"]
    print("building suanpan: " + " ".join(command), file=sys.stderr, flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    return ROOT / ".build-static" / "release" / "suanpan"


def choose_tools(args):
    suanpan = Suanpan(suanpan_binary(args))
    if not suanpan.available():
        sys.exit(f"bench: no suanpan binary at {suanpan.binary}")
    wanted = set(args.tools.split(",")) if args.tools else None
    peers, missing = [], []
    for cls in PEER_CLASSES:
        peer = cls()
        if wanted is not None and peer.name not in wanted:
            continue
        (peers if peer.available() else missing).append(peer if peer.available() else peer.name)
    return [suanpan, *peers], missing


def self_test():
    """The checks' own tests (test_checks.py): a smoke run starts with them."""
    import unittest
    suite = unittest.defaultTestLoader.discover(str(HERE), pattern="test_*.py")
    return unittest.TextTestRunner(verbosity=0).run(suite).wasSuccessful()


def main(argv):
    args = parse_arguments(argv)
    if args.smoke and not self_test():
        print("FAILED: the benchmark's own checks (Benchmarks/test_checks.py)", file=sys.stderr)
        return 1
    started = datetime.datetime.now(datetime.timezone.utc)
    tools, missing = choose_tools(args)
    if missing:
        print(f"not installed, not measured: {', '.join(missing)} ({INSTALL_HINT})",
              file=sys.stderr)
    if args.runs < 5 and not args.smoke:
        print("note: fewer than 5 runs; the real report needs --runs 5 or more", file=sys.stderr)
    floor = harness_floor()
    checker = Checker()
    results = []
    # Workload c's files go next to the ledgers (same disk for every tool), out of git.
    (HERE / "out").mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="run-", dir=HERE / "out"))
    try:
        if "a" in args.workloads:
            results += progress(measure(tools, "a", None, None, None, args.runs,
                                        not args.smoke, scratch, checker))
        for rows in args.sizes:
            ledger_path, answers = ledger(rows)
            for workload in [w for w in WORKLOADS if w != "a" and w in args.workloads]:
                suanpan_only = workload in INTERACTIVE_TARGETS_MS
                results += progress(measure(tools[:1] if suanpan_only else tools, workload, rows,
                                            ledger_path, answers, args.runs, not args.smoke,
                                            scratch, checker))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    mine = [r for r in results if r.tool == "suanpan"]
    failed = [r for r in mine if r.verdict is None or r.verdict.status != checks.EXACT
              or not r.verdict.cells_ok]
    if not args.smoke:
        out = Path(args.out)
        write_report(out, args, tools, missing, results, floor, started)
        print(f"wrote {out}", file=sys.stderr)
    if failed:
        print(f"FAILED: suanpan's answer is not exact in {len(failed)} workload(s):",
              file=sys.stderr)
        for r in failed:
            print(f"  {r.workload} ({r.rows or 0:,} rows): {answer_cell(r)}"
                  + (f"; untouched cells: {r.verdict.cells}" if r.verdict and r.verdict.cells else ""),
                  file=sys.stderr)
        return 1
    print(f"all {len(mine)} suanpan answers exact", file=sys.stderr)
    return 0


def progress(results):
    for line in summary_lines(results):
        print(line, flush=True)
    return results


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
