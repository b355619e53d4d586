#!/usr/bin/env python3
"""Writes the budget-execution ledger of SPEC §11: `make-ledger.py ROWS OUT.csv`.

Columns 年度, 季度, 部门 (200 names), 科目, 项目 (some quoted, with commas), 预算数(万元),
决算数(万元) (2 decimals, about 5% empty and 5% "0"), 户数, 人次, 备注 (mostly empty). The
same seed gives the same bytes every run, so every run of the benchmark reads the same file.

Money is drawn and added up as integer fen (hundredths of 万元) and only formatted as text,
so no float ever touches a figure. Beside OUT.csv it writes OUT.expected.json, the exact
answers of the benchmark's workloads (Benchmarks/bench.py checks every tool against them):

- sum_actual, sum_budget: SUM(决算数), SUM(预算数) as exact decimal strings;
- by_department (workload d): per 部门, exact 预算/决算 sums and the rate 决算/预算;
- by_department_quarter (workload e): per (部门, 季度) over rows with 户数 > 0, the exact
  SUM(决算数) and SUM(户数) and their ratio;
- first_row (the live-change workload): the 部门 and 决算数 of data row 1;
- rows and columns (workload c; its per-row 执行率 is recomputed from the CSV itself).

Ratios are given to 30 significant digits (decimal strings) plus the exact fraction.
"""
import hashlib
import json
import random
import sys
from decimal import Decimal, localcontext
from fractions import Fraction

HEADER = ["年度", "季度", "部门", "科目", "项目", "预算数(万元)", "决算数(万元)", "户数", "人次", "备注"]
SEED = 20220930

DEPARTMENTS = [f"珠晖区第{n}街道计划生育协会" for n in range(1, 201)]
ACCOUNTS = ["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "人员经费", "公用经费",
            "计划生育家庭奖励扶助", "特别扶助金", "困难家庭救助", "宣传教育", "信息化建设"]
PROJECTS = [f"项目{n:04d}" for n in range(1, 1001)]
NOTES = ["", "", "", "", "", "", "", "", "已完成", "跨年度结转", "含追加预算"]


def fen_text(fen):
    """Integer fen as the ledger writes money: 12345 -> "123.45" (never negative here)."""
    return f"{fen // 100}.{fen % 100:02d}"


def ratio_text(fraction):
    """A ratio as a decimal string of 30 significant digits (rounded half-even)."""
    with localcontext() as context:
        context.prec = 30
        return str(Decimal(fraction.numerator) / Decimal(fraction.denominator))


def generate_rows(count):
    """Yields (row fields as text, budget fen, actual fen, households) for each data row.

    The draws are made in the same order as the first, float-based version of this script,
    so the bytes of the file did not change when money moved to integers.
    """
    rng = random.Random(SEED)
    for _ in range(count):
        project = rng.choice(PROJECTS)
        if rng.random() < 0.1:
            project = f"\"{project}, 第{rng.randint(1, 4)}期\""
        budget = rng.randint(1000, 99999999)
        r = rng.random()
        if r < 0.05:
            actual, actual_text = 0, ""
        elif r < 0.1:
            actual, actual_text = 0, "0"
        else:
            actual = rng.randint(0, 99999999)
            actual_text = fen_text(actual)
        year = rng.choice([2021, 2022, 2023])
        quarter = rng.randint(1, 4)
        department = rng.choice(DEPARTMENTS)
        account = rng.choice(ACCOUNTS)
        households = rng.randint(0, 500)
        visits = rng.randint(0, 2000)
        note = rng.choice(NOTES)
        fields = [str(year), str(quarter), department, account, project, fen_text(budget),
                  actual_text, str(households), str(visits), note]
        yield fields, budget, actual, households


class Answers:
    """Accumulates the exact answers in integers while the rows are written."""

    def __init__(self):
        self.rows = 0
        self.sum_actual = 0
        self.sum_budget = 0
        self.by_department = {}          # 部门 -> [budget fen, actual fen]
        self.by_department_quarter = {}  # (部门, 季度) -> [actual fen, households]
        self.first_row = None

    def add(self, fields, budget, actual, households):
        department, quarter = fields[2], int(fields[1])
        if self.first_row is None:
            self.first_row = {"部门": department, "决算数": fields[6]}
        self.rows += 1
        self.sum_actual += actual
        self.sum_budget += budget
        sums = self.by_department.setdefault(department, [0, 0])
        sums[0] += budget
        sums[1] += actual
        if households > 0:
            group = self.by_department_quarter.setdefault((department, quarter), [0, 0])
            group[0] += actual
            group[1] += households

    def to_json(self, generator_digest):
        departments = []
        for name in sorted(self.by_department):
            budget, actual = self.by_department[name]
            rate = Fraction(actual, budget)
            departments.append({"部门": name, "预算": fen_text(budget), "决算": fen_text(actual),
                                "执行率": ratio_text(rate), "执行率_fraction": str(rate)})
        groups = []
        for (name, quarter) in sorted(self.by_department_quarter):
            actual, households = self.by_department_quarter[(name, quarter)]
            per = Fraction(actual, 100 * households)  # fen -> 万元
            groups.append({"部门": name, "季度": quarter, "决算": fen_text(actual),
                           "户数": households, "户均决算": ratio_text(per),
                           "户均决算_fraction": str(per)})
        return {
            "generator_sha256": generator_digest,
            "seed": SEED,
            "rows": self.rows,
            "columns": HEADER,
            "sum_actual": fen_text(self.sum_actual),
            "sum_budget": fen_text(self.sum_budget),
            "by_department": departments,
            "by_department_quarter": groups,
            "first_row": self.first_row,
        }


def csv_line(fields):
    # Fields are plain except the 项目 values already quoted above (no field holds a quote
    # that needs doubling), so a join writes the same bytes a CSV writer would.
    return ",".join(fields) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make-ledger.py ROWS OUT.csv")
    rows, out = int(sys.argv[1]), sys.argv[2]
    with open(__file__, "rb") as source:
        digest = hashlib.sha256(source.read()).hexdigest()
    answers = Answers()
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(csv_line(HEADER))
        batch = []
        for fields, budget, actual, households in generate_rows(rows):
            answers.add(fields, budget, actual, households)
            batch.append(csv_line(fields))
            if len(batch) == 10000:
                f.write("".join(batch))
                batch.clear()
        f.write("".join(batch))
    expected = out[:-4] if out.endswith(".csv") else out
    with open(expected + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(answers.to_json(digest), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
