"""Checks every tool's answer against the exact one (Benchmarks/bench.py runs them).

A verdict is one of:
- exact: every figure is the exact decimal (sums), or the exact ratio correctly rounded to
  the digits printed and to 15 significant digits (ratios; `0.9309762104932` is exact for
  0.930976210493200062…, since General format drops the trailing zeros);
- approximate: within a tolerance of the exact value, the way binary floating point lands
  (`450215406827.80000305` for `450215406827.8`): 1e-12 relative for sums and for ratios of
  sums (d, e), 1e-14 for workload c's per-row ratio (one division, "~15 significant digits");
- wrong: anything else, or a missing or extra row, or output that cannot be read.

Only the standard library: the checks run without the peers' venv, and in CI.
"""
import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction

EXACT, APPROXIMATE, WRONG = "exact", "approximate", "wrong"
_RANK = {EXACT: 0, APPROXIMATE: 1, WRONG: 2}

AGGREGATE_TOLERANCE = Fraction(1, 10**12)
ROW_RATE_TOLERANCE = Fraction(1, 10**14)
EXACT_RATIO_DIGITS = 15


@dataclass
class Verdict:
    status: str
    detail: str = ""
    # Workload c only: whether the cells the formula did not touch came back byte for byte.
    cells: str = ""
    cells_ok: bool = True
    # Interactive workloads: suanpan's own timer figures, in milliseconds.
    timings_ms: list = field(default_factory=list)

    @property
    def ok(self):
        return self.status != WRONG


def worst(statuses):
    return max(statuses, key=_RANK.__getitem__, default=EXACT)


# ---------------------------------------------------------------------------- numbers

def number(text):
    """The decimal a tool printed, as a Decimal; None when it is not a number.

    suanpan prints a unit after the figure (`450215406827.8 万元`): the first word counts.
    """
    words = text.strip().split()
    if not words:
        return None
    try:
        value = Decimal(words[0])
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _relative_error(printed, exact):
    if exact == 0:
        return Fraction(0) if printed == 0 else Fraction(1)
    return abs(printed - exact) / abs(exact)


def check_sum(text, exact_text):
    """A sum: exact when it is the same decimal (`4491842216.07` = `4491842216.070`)."""
    printed, exact = number(text), Decimal(exact_text)
    if printed is None:
        return WRONG, f"`{text}` is not a number (expected {exact_text})"
    if printed == exact:
        return EXACT, ""
    error = _relative_error(Fraction(printed), Fraction(exact))
    note = f"`{text.strip()}` for {exact_text}"
    return (APPROXIMATE if error <= AGGREGATE_TOLERANCE else WRONG), note


def check_ratio(text, exact, tolerance=AGGREGATE_TOLERANCE):
    """A ratio (a Fraction): exact when correctly rounded at the last digit printed."""
    printed = number(text)
    if printed is None:
        return WRONG, f"`{text}` is not a number (expected {float(exact)!r})"
    status = _ratio_status(printed, exact.numerator, exact.denominator, tolerance)
    return status, ("" if status == EXACT else f"`{text.strip()}` for {_digits(exact)}")


def _ratio_status(printed, numerator, denominator, tolerance):
    """Integer arithmetic only, so that a million rows of workload c check in seconds.

    printed = P / 10^k; exact = A / B; their difference is gap / (B·10^k) with
    gap = |P·B − A·10^k|. Exact means correctly rounded both at the last digit printed and
    at the 15th significant digit: General format drops trailing zeros (0.930976210493200…
    prints as `0.9309762104932`), so a short figure is exact when it is the exact value
    rounded to 15 digits.
    """
    sign, digits, exponent = printed.as_tuple()
    P = int("".join(map(str, digits))) * (-1 if sign else 1)
    if exponent >= 0:
        P, k = P * 10**exponent, 0
    else:
        k = -exponent
    A, B = numerator, denominator
    gap = abs(P * B - A * 10**k)
    if gap == 0:
        return EXACT
    # Half a unit of the coarser of the two digits: 10^unit / 2 with unit = min(−k, e − 14),
    # where 10^e ≤ |A/B| < 10^(e+1). gap / (B·10^k) ≤ 10^unit / 2 ⇔ 2·gap·10^−unit ≤ B·10^k.
    if A:
        unit = min(-k, _decimal_exponent(abs(A), B) - (EXACT_RATIO_DIGITS - 1))
        if 2 * gap * 10**(-unit) <= B * 10**k if unit <= 0 else 2 * gap <= B * 10**k * 10**unit:
            return EXACT
    # gap / (B·10^k) ≤ tolerance · |A| / B  ⇔  gap ≤ tolerance · |A| · 10^k
    if gap * tolerance.denominator <= tolerance.numerator * abs(A) * 10**k:
        return APPROXIMATE
    return WRONG


def _decimal_exponent(A, B):
    """e such that 10^e ≤ A/B < 10^(e+1), for positive integers A and B."""
    e = len(str(A)) - len(str(B))
    # A/B ≥ 10^e ⇔ A·10^−e ≥ B (e ≤ 0) or A ≥ B·10^e (e > 0)
    if (A * 10**(-e) < B) if e <= 0 else (A < B * 10**e):
        e -= 1
    return e


def _digits(fraction, places=18):
    value = Decimal(fraction.numerator) / Decimal(fraction.denominator)
    return f"{value:.{places}g}"


# ---------------------------------------------------------------------------- reading output

def suanpan_table(stdout):
    """The rows of a table `show` printed: header, a line of dashes, rows, `(N rows)`.

    Columns are separated by two or more spaces (CJK text has no spaces here, and no cell
    is blank in the summaries checked), so a split on runs of spaces reads a row.
    """
    lines = [line for line in stdout.splitlines() if line.strip()]
    if len(lines) < 2 or not set(lines[1].replace(" ", "")) <= {"-"}:
        raise ValueError("no table header and line of dashes")
    rows = []
    for line in lines[2:]:
        if line.startswith("("):  # `(200 rows)`, `(1,000,000 rows, … hidden …)`
            break
        rows.append(re.split(r"\s{2,}", line.strip()))
    return rows


def csv_rows(stdout):
    """The data rows of CSV a peer printed (its header line dropped)."""
    rows = list(csv.reader(stdout.splitlines()))
    return [row for row in rows[1:] if row]


def value_lines(stdout):
    """The non-empty lines of output, stripped."""
    return [line.strip() for line in stdout.splitlines() if line.strip()]


# ---------------------------------------------------------------------------- workloads

def check_a(stdout):
    lines = value_lines(stdout)
    if lines and lines[-1] == "2":
        return Verdict(EXACT)
    return Verdict(WRONG, f"printed {lines[-1:] or 'nothing'} for 1+1")


def check_b(values, expected):
    """values: the two figures printed, SUM(决算数) then SUM(预算数)."""
    if len(values) != 2:
        return Verdict(WRONG, f"expected two figures, got {values!r}")
    results = [check_sum(values[0], expected["sum_actual"]),
               check_sum(values[1], expected["sum_budget"])]
    return _combine(results)


def check_d(rows, expected):
    """rows: [部门, 预算, 决算, 执行率] as printed."""
    wanted = {row["部门"]: row for row in expected["by_department"]}
    results = []
    seen = set()
    for row in rows:
        if len(row) != 4 or row[0] not in wanted or row[0] in seen:
            return Verdict(WRONG, f"unexpected row {row!r}")
        seen.add(row[0])
        exact = wanted[row[0]]
        results.append(check_sum(row[1], exact["预算"]))
        results.append(check_sum(row[2], exact["决算"]))
        results.append(check_ratio(row[3], Fraction(exact["执行率_fraction"])))
    if seen != set(wanted):
        return Verdict(WRONG, f"{len(seen)} 部门 rows, expected {len(wanted)}")
    return _combine(results)


def check_e(rows, expected):
    """rows: [部门, 季度, 户均决算] as printed."""
    wanted = {(row["部门"], str(row["季度"])): row for row in expected["by_department_quarter"]}
    results = []
    seen = set()
    for row in rows:
        key = tuple(row[:2])
        if len(row) != 3 or key not in wanted or key in seen:
            return Verdict(WRONG, f"unexpected row {row!r}")
        seen.add(key)
        results.append(check_ratio(row[2], Fraction(wanted[key]["户均决算_fraction"])))
    if seen != set(wanted):
        return Verdict(WRONG, f"{len(seen)} (部门, 季度) rows, expected {len(wanted)}")
    return _combine(results)


def _combine(results):
    """One verdict from many (status, note) pairs: the worst, with its first note."""
    status = worst(status for status, _ in results)
    notes = [note for s, note in results if s == status and note]
    count = sum(1 for s, _ in results if s == status)
    detail = ""
    if status != EXACT and notes:
        detail = notes[0] + (f" (and {count - 1} more)" if count > 1 else "")
    return Verdict(status, detail)


# ---------------------------------------------------------------------------- workload c

def _fen(text):
    """A ledger money cell as integer fen; a blank counts as 0, as in a spreadsheet."""
    if not text:
        return 0
    whole, _, cents = text.partition(".")
    return int(whole) * 100 + int(cents.ljust(2, "0"))


def check_c(ledger_path, output_path, expected):
    """The exported CSV: same header + 执行率, same rows, 执行率 = 决算数/预算数 per row.

    The rate is one of the verdicts above (1e-14 tolerance); whether the ten original
    cells came back byte for byte is reported separately in Verdict.cells.
    """
    header = expected["columns"]
    actual_at, budget_at = header.index("决算数(万元)"), header.index("预算数(万元)")
    statuses = {EXACT: 0, APPROXIMATE: 0, WRONG: 0}
    first_note = {}
    changed_cells, examples = 0, {}
    try:
        with open(ledger_path, newline="", encoding="utf-8") as ledger_file, \
                open(output_path, newline="", encoding="utf-8") as output_file:
            ledger, output = csv.reader(ledger_file), csv.reader(output_file)
            next(ledger)
            out_header = next(output, None)
            if out_header != header + ["执行率"]:
                return Verdict(WRONG, f"header {out_header!r}")
            count = 0
            for count, (source, row) in enumerate(zip(ledger, output), start=1):
                if len(row) != len(header) + 1:
                    return Verdict(WRONG, f"row {count} has {len(row)} cells")
                if row[:-1] != source:
                    changed_cells += _note_changed_cells(header, source, row, examples)
                status = _ratio_status_of_text(row[-1], _fen(source[actual_at]),
                                               _fen(source[budget_at]))
                statuses[status] += 1
                if status != EXACT and status not in first_note:
                    first_note[status] = f"row {count}: `{row[-1]}` for " \
                        f"{_digits(Fraction(_fen(source[actual_at]), _fen(source[budget_at])))}"
            extra = next(output, None)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        return Verdict(WRONG, f"cannot read the output: {error}")
    if count != expected["rows"] or extra is not None:
        return Verdict(WRONG, f"{count}{'+' if extra else ''} rows, expected {expected['rows']}")
    status = worst(s for s, n in statuses.items() if n)
    detail = "" if status == EXACT else f"{statuses[status]} rows {status}, e.g. {first_note[status]}"
    if changed_cells:
        shown = "; ".join(examples.values())
        cells = f"no: {changed_cells:,} cells changed, e.g. {shown}"
    else:
        cells = "yes"
    return Verdict(status, detail, cells=cells, cells_ok=not changed_cells)


def _ratio_status_of_text(text, actual_fen, budget_fen):
    try:
        printed = Decimal(text)
    except InvalidOperation:
        return WRONG
    if not printed.is_finite():
        return WRONG
    fraction = Fraction(actual_fen, budget_fen)
    return _ratio_status(printed, fraction.numerator, fraction.denominator, ROW_RATE_TOLERANCE)


def _note_changed_cells(header, source, row, examples):
    """Counts the cells of a row that differ; keeps one example of each kind of change."""
    changed = 0
    for name, before, after in zip(header, source, row):
        if before != after:
            changed += 1
            kind = _kind_of_change(before, after)
            if kind not in examples:
                examples[kind] = f"{name} `{before}`→`{after}` ({kind})"
    return changed


def _kind_of_change(before, after):
    if before == "":
        return "blank filled"
    if after == "":
        return "value blanked"
    try:
        same = Decimal(before) == Decimal(after)
    except InvalidOperation:
        return "text changed"
    if not same:
        return "value changed"
    return "digits added" if len(after) > len(before) else "digits dropped"


# ---------------------------------------------------------------------------- interactive

TIMER_LINE = re.compile(r"^(?:note:\s*)?time:\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s|µs|us)\s*$")
_TO_MS = {"ms": 1.0, "s": 1000.0, "µs": 0.001, "us": 0.001}


def timer_lines(stderr):
    """suanpan's `set timer on` figures, in milliseconds, in the order printed.

    suanpan prints the figure as a note on standard error: `note: time: 3.214 ms`, one after
    every statement from `set timer on` (that one included) to `set timer off` (excluded).
    Other units are accepted in case the figure is printed in seconds or microseconds.
    """
    figures = []
    for line in stderr.splitlines():
        match = TIMER_LINE.match(line.strip())
        if match:
            figures.append(float(match.group(1)) * _TO_MS[match.group(2)])
    return figures


def check_live_change(stdout, expected):
    """The summary's 决算 for the first row's 部门 after 决算数 of that row became 1."""
    first = expected["first_row"]
    group = next(row for row in expected["by_department"] if row["部门"] == first["部门"])
    exact = Decimal(group["决算"]) - Decimal(first["决算数"] or "0") + 1
    lines = value_lines(stdout)
    if not lines:
        return Verdict(WRONG, "printed nothing")
    status, note = check_sum(lines[-1], str(exact))
    return Verdict(status, note)


def check_show(stdout, expected):
    """`show SHEET`: the header, and the first data row, are on screen."""
    lines = value_lines(stdout)
    if not lines or "部门" not in lines[0]:
        return Verdict(WRONG, "no header line")
    if not any(expected["first_row"]["部门"] in line for line in lines[2:4]):
        return Verdict(WRONG, "the first data row is not shown")
    return Verdict(EXACT)
