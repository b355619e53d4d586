#!/usr/bin/env python3
"""Writes the budget-execution ledger of SPEC §11: `make-ledger.py ROWS OUT.csv`.

Columns 年度, 季度, 部门 (200 names), 科目, 项目 (some quoted, with commas), 预算数(万元),
决算数(万元) (2 decimals, some empty or zero), 户数, 人次, 备注 (mostly empty). The same
seed gives the same file, so every run of the benchmark reads the same bytes.
"""
import random
import sys

rows, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20220930)
departments = [f"珠晖区第{n}街道计划生育协会" for n in range(1, 201)]
accounts = ["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "人员经费", "公用经费",
            "计划生育家庭奖励扶助", "特别扶助金", "困难家庭救助", "宣传教育", "信息化建设"]
projects = [f"项目{n:04d}" for n in range(1, 1001)]
notes = ["", "", "", "", "", "", "", "", "已完成", "跨年度结转", "含追加预算"]

with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("年度,季度,部门,科目,项目,预算数(万元),决算数(万元),户数,人次,备注\n")
    for _ in range(rows):
        project = rng.choice(projects)
        if rng.random() < 0.1:
            project = f"\"{project}, 第{rng.randint(1, 4)}期\""
        budget = rng.randint(1000, 99999999) / 100
        r = rng.random()
        actual = "" if r < 0.05 else "0" if r < 0.1 else f"{rng.randint(0, 99999999) / 100:.2f}"
        f.write(f"{rng.choice([2021, 2022, 2023])},{rng.randint(1, 4)},{rng.choice(departments)},"
                f"{rng.choice(accounts)},{project},{budget:.2f},{actual},{rng.randint(0, 500)},"
                f"{rng.randint(0, 2000)},{rng.choice(notes)}\n")
