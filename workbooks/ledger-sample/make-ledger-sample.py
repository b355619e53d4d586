#!/usr/bin/env python3
"""Writes workbooks/ledger-sample/sheets/台账.csv: a SYNTHETIC budget-execution ledger.

The figures are invented, not taken from any real unit: a district family-planning
association's monthly budget allocation (预算数) and spending (决算数) by department and
programme for 2021 and 2022, so that year-over-year growth and quarterly progress against
time have something to work on. Run it again and it writes the same bytes (a fixed seed,
integer arithmetic in 0.01万元 units, no floating point in any figure).

    python3 workbooks/ledger-sample/make-ledger-sample.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20221231)

departments = ["机关本级", "东风路街道", "广东路街道", "粤汉街道", "苗圃街道", "冶金街道", "茶山坳镇", "和平乡"]
# 项目: (科目, what 户数/人次 count, annual budget range in 0.01万元)
programmes = {
    "人员经费": ("基本支出", None, (5000, 7000)),
    "商品和服务支出": ("基本支出", None, (1000, 1600)),
    "计生“三结合”项目": ("项目支出", "户数", (400, 900)),
    "生育关怀": ("项目支出", "户数", (300, 700)),
    "计生家庭意外保险": ("项目支出", "户数", (500, 1300)),
    "住院护理补贴": ("项目支出", "人次", (600, 1500)),
    "青春健康教育": ("项目支出", "人次", (150, 400)),
    "宣传服务": ("项目支出", "人次", (200, 500)),
}
# Which programmes each department runs: 机关本级 pays the staff; the towns run projects.
runs = {d: ["人员经费", "商品和服务支出", "宣传服务"] if d == "机关本级" else
        [p for p in programmes if programmes[p][0] == "项目支出"] for d in departments}
# How far behind (or ahead of) an even pace each department spends in 2022, in percent.
pace_2022 = {d: rng.choice([80, 88, 95, 100, 103, 110]) for d in departments}


def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


rows = []
for year in (2021, 2022):
    for department in departments:
        for programme in runs[department]:
            account, counted, (low, high) = programmes[programme]
            annual = rng.randint(low, high) * 10            # 0.01万元, a round budget
            if year == 2022:
                annual = annual * rng.choice([100, 105, 110, 120, 95]) // 100
            monthly = [annual // 12] * 12
            monthly[11] += annual - sum(monthly)            # the budget adds up exactly
            pace = pace_2022[department] if year == 2022 else rng.choice([92, 97, 100])
            for month in range(1, 13):
                budget = monthly[month - 1]
                spent = budget * pace // 100 + rng.randint(-budget // 10, budget // 10)
                if account == "项目支出" and rng.random() < 0.08:
                    spent = 0                                # nothing paid out this month
                households = rng.randint(5, 60) if counted == "户数" and spent else ""
                visits = rng.randint(20, 400) if counted == "人次" and spent else ""
                note = "" if spent or account == "基本支出" else "本月未支出"
                rows.append([str(year), str((month + 2) // 3), str(month), department, account, programme,
                             money(budget), money(max(spent, 0)), str(households), str(visits), note])

with open(os.path.join(HERE, "sheets", "台账.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("年度,季度,月份,部门,科目,项目,预算数,决算数,户数,人次,备注\n")
    for row in rows:
        out.write(",".join(row) + "\n")

total = {}
for row in rows:
    year = row[0]
    b, a = total.get(year, (0, 0))
    total[year] = (b + int(row[6].replace(".", "")), a + int(row[7].replace(".", "")))
for year, (b, a) in sorted(total.items()):
    print(f"{year}: {len([r for r in rows if r[0] == year])} rows, 预算数 {money(b)} 万元, 决算数 {money(a)} 万元")
