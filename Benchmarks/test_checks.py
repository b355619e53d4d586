"""Tests of the benchmark's answer checks, on small made-up outputs.

`python3 -m unittest discover -s Benchmarks -p 'test_*.py'`; `run.sh --smoke` runs them
first, so CI notices when a check stops reading what the tools print.
"""
import csv
import subprocess
import sys
import tempfile
import unittest
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402
import checks  # noqa: E402
from checks import APPROXIMATE, EXACT, WRONG  # noqa: E402

HERE = Path(__file__).resolve().parent


class Numbers(unittest.TestCase):
    def test_sums(self):
        self.assertEqual(checks.check_sum("4491842216.07 万元", "4491842216.07")[0], EXACT)
        self.assertEqual(checks.check_sum("450215406827.8", "450215406827.80")[0], EXACT)
        self.assertEqual(checks.check_sum("4491842216.069992", "4491842216.07")[0], APPROXIMATE)
        self.assertEqual(checks.check_sum("4491842216.08", "4491842216.07")[0], WRONG)
        self.assertEqual(checks.check_sum("#VALUE!", "1.00")[0], WRONG)

    def test_ratios_are_exact_when_rounded_right_at_15_digits(self):
        rate = Fraction(930976210493200062, 10**18)
        self.assertEqual(checks.check_ratio("0.9309762104932", rate)[0], EXACT)  # zeros dropped
        self.assertEqual(checks.check_ratio("0.93097621049320006", rate)[0], EXACT)
        self.assertEqual(checks.check_ratio("0.9309762104931", rate)[0], APPROXIMATE)
        self.assertEqual(checks.check_ratio("0.93097621", rate)[0], WRONG)
        rate = Fraction(34085366, 96621136)
        tolerance = checks.ROW_RATE_TOLERANCE
        self.assertEqual(checks.check_ratio("0.352773393183868176", rate, tolerance)[0], EXACT)
        self.assertEqual(checks.check_ratio("0.35277339318386813", rate, tolerance)[0],
                         APPROXIMATE)  # the nearest double's shortest form
        self.assertEqual(checks.check_ratio("0.352773393183868175", rate, tolerance)[0],
                         APPROXIMATE)  # truncated, not rounded
        self.assertEqual(checks.check_ratio("0.0", Fraction(0), tolerance)[0], EXACT)
        self.assertEqual(checks.check_ratio("1e-300", Fraction(0), tolerance)[0], WRONG)


class Tables(unittest.TestCase):
    TABLE = ("部门                          预算(万元)   决算(万元)             执行率\n"
             "---------------------------  -----------  -----------  -----------------\n"
             "珠晖区第100街道计划生育协会  24565985.29  19699803.61  0.801913840517487\n"
             "珠晖区第99街道计划生育协会   19362300.92  21895862.88   1.13085025227467\n"
             "(2 rows)\n")

    def test_suanpan_table(self):
        self.assertEqual(checks.suanpan_table(self.TABLE), [
            ["珠晖区第100街道计划生育协会", "24565985.29", "19699803.61", "0.801913840517487"],
            ["珠晖区第99街道计划生育协会", "19362300.92", "21895862.88", "1.13085025227467"]])

    def test_not_a_table(self):
        with self.assertRaises(ValueError):
            checks.suanpan_table("error: no such sheet\n")

    def test_csv_rows_drop_the_header(self):
        self.assertEqual(checks.csv_rows('"部门","预算"\n"甲",1.5\n'), [["甲", "1.5"]])


class Timer(unittest.TestCase):
    # As suanpan prints it: a note per statement from `set timer on` (that one first).
    STDERR = ("note: ledger-10000.csv: 10000 rows, 10 columns, read as UTF-8\n"
              "note: time: 0.071 ms\n"
              "note: time: 3.214 ms\n"
              "note: time: 0.118 ms\n"
              "note: time: 0.002 ms\n")

    def test_timer_lines(self):
        self.assertEqual(checks.timer_lines(self.STDERR), [0.071, 3.214, 0.118, 0.002])
        self.assertEqual(checks.timer_lines("time: 0.5 s\ntime: 250 µs\n"), [500.0, 0.25])
        self.assertEqual(checks.timer_lines("elapsed time: 3 ms\n"), [])
        self.assertEqual(checks.timer_lines("note: x.csv: 9 rows\nnote: time: 0.096 ms\n"), [0.096])

    def test_live_change_takes_the_assignment_and_the_read(self):
        run = bench.Run(0.1, 1024, 0, "23023638.44 万元\n", self.STDERR)
        verdict = bench.timed(run, checks.Verdict(EXACT), 2)
        self.assertEqual(verdict.timings_ms, [3.214, 0.118])

    def test_missing_timer_line_is_wrong(self):
        run = bench.Run(0.1, 1024, 0, "23023638.44 万元\n", "note: …\n")
        self.assertEqual(bench.timed(run, checks.Verdict(EXACT), 2).status, WRONG)


class Ledger(unittest.TestCase):
    """make-ledger.py on 300 rows, its answers recomputed here with Decimal."""

    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.path = Path(cls.folder.name) / "ledger-300.csv"
        subprocess.run([sys.executable, str(HERE / "make-ledger.py"), "300", str(cls.path)],
                       check=True)
        cls.answers = bench.json.loads(
            (Path(cls.folder.name) / "ledger-300.expected.json").read_text(encoding="utf-8"))
        with open(cls.path, newline="", encoding="utf-8") as f:
            cls.rows = list(csv.reader(f))

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def test_same_bytes_every_run(self):
        again = Path(self.folder.name) / "again.csv"
        subprocess.run([sys.executable, str(HERE / "make-ledger.py"), "300", str(again)],
                       check=True)
        self.assertEqual(again.read_bytes(), self.path.read_bytes())

    def test_answers(self):
        data = self.rows[1:]
        self.assertEqual(len(data), self.answers["rows"])
        actual = sum(Decimal(row[6] or "0") for row in data)
        budget = sum(Decimal(row[5]) for row in data)
        self.assertEqual(Decimal(self.answers["sum_actual"]), actual)
        self.assertEqual(Decimal(self.answers["sum_budget"]), budget)
        self.assertTrue(any(len(row) == 10 and "," in row[4] for row in data))
        department = self.answers["by_department"][0]
        mine = [row for row in data if row[2] == department["部门"]]
        self.assertEqual(Decimal(department["决算"]), sum(Decimal(r[6] or "0") for r in mine))

    def write(self, rows):
        out = Path(self.folder.name) / "out.csv"
        with open(out, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
        return out

    def exported(self, rate):
        return [self.rows[0] + ["执行率"]] + [
            row + [rate(Fraction(Decimal(row[6] or "0")) / Fraction(Decimal(row[5])))]
            for row in self.rows[1:]]

    def test_c_exact(self):
        out = self.write(self.exported(lambda x: f"{Decimal(x.numerator) / Decimal(x.denominator):.18g}"))
        verdict = checks.check_c(self.path, out, self.answers)
        self.assertEqual((verdict.status, verdict.cells), (EXACT, "yes"))

    def test_c_floats_and_changed_cells(self):
        rows = self.exported(lambda x: repr(float(x)))
        rows[1][7] += ".0"  # 户数 `283` → `283.0`
        verdict = checks.check_c(self.path, self.write(rows), self.answers)
        self.assertEqual(verdict.status, APPROXIMATE)
        self.assertFalse(verdict.cells_ok)
        self.assertIn(f"户数 `{self.rows[1][7]}`→`{rows[1][7]}`", verdict.cells)

    def test_c_missing_row_is_wrong(self):
        rows = self.exported(lambda x: repr(float(x)))[:-1]
        self.assertEqual(checks.check_c(self.path, self.write(rows), self.answers).status, WRONG)

    def test_d_and_e(self):
        d = [[g["部门"], g["预算"], g["决算"], g["执行率"]]
             for g in self.answers["by_department"]]
        self.assertEqual(checks.check_d(d, self.answers).status, EXACT)
        self.assertEqual(checks.check_d(d[1:], self.answers).status, WRONG)
        e = [[g["部门"], str(g["季度"]), g["户均决算"]] for g in self.answers["by_department_quarter"]]
        self.assertEqual(checks.check_e(e, self.answers).status, EXACT)
        e[0][2] = str(Decimal(e[0][2]) * 2)
        self.assertEqual(checks.check_e(e, self.answers).status, WRONG)

    def test_live_change(self):
        first = self.answers["first_row"]
        group = next(g for g in self.answers["by_department"] if g["部门"] == first["部门"])
        value = Decimal(group["决算"]) - Decimal(first["决算数"] or "0") + 1
        self.assertEqual(checks.check_live_change(f"{value} 万元\n", self.answers).status, EXACT)
        self.assertEqual(checks.check_live_change(f"{group['决算']} 万元\n", self.answers).status,
                         WRONG)


class Report(unittest.TestCase):
    def test_profile_notes_survive_a_rewrite(self):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "BENCHMARKS.md"
            path.write_text("old figures\n" + bench.PROFILE_MARKER + "\nnotes by hand\n",
                            encoding="utf-8")
            args = bench.parse_arguments(["--rows", "10k", "--runs", "1"])
            tool = bench.Suanpan("/bin/true")
            tool.version = lambda: "test"
            result = bench.Result("suanpan", "a", None, [0.004], [20000], checks.Verdict(EXACT))
            bench.write_report(path, args, [tool], ["duckdb"], [result], 0.001,
                               bench.datetime.datetime(2025, 1, 1))
            text = path.read_text(encoding="utf-8")
            self.assertTrue(text.endswith(bench.PROFILE_MARKER + "\nnotes by hand\n"))
            self.assertNotIn("old figures", text)
            self.assertIn("**met**", text)

    def test_sizes(self):
        args = bench.parse_arguments(["--rows", "10k,100000", "--rows", "1M"])
        self.assertEqual(args.sizes, [10_000, 100_000, 1_000_000])


if __name__ == "__main__":
    unittest.main()
