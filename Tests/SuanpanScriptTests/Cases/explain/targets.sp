# explain: a cell, a computed column (its first row, or a keyed row), a name, a formula.
open ../data/支出.csv    # expect note: ../data/支出.csv: 4 rows, 3 columns, read as UTF-8
执行率 = 决算数 / 预算数
E6 = SUM(C2:C3)
explain 支出!E6     # expect: 支出!E6 = SUM(C2:C3)  →  170 万元
                   # expect: └─ C2:C3  →  2 cells, SUM 170 万元
explain D3         # expect: D3 = 决算数/预算数  →  1.6
                   # expect: ├─ 决算数  →  80 万元  (row 3)
                   # expect: └─ 预算数  →  50 万元  (row 3)
explain 执行率      # expect: 执行率 = 决算数/预算数  (a computed column of 5 rows; its first row:)
                   # expect: 支出!D2 = 决算数/预算数  →  0.9
                   # expect: ├─ 决算数  →  90 万元  (row 2)
                   # expect: └─ 预算数  →  100 万元  (row 2)
explain 支出.执行率["整体支出"]   # expect: 支出.执行率["整体支出"] = 决算数/预算数  →  0.894736842105263
                               # expect: ├─ 决算数  →  170 万元  (row 5)
                               # expect: └─ 预算数  →  190 万元  (row 5)
户均 = 决算数["基本支出"] / 72户
explain 户均        # expect: 户均 = 决算数["基本支出"]/72户  →  12500 元/户
                   # expect: ├─ 决算数["基本支出"]  →  90 万元  (row 2)
                   # expect: └─ 72户
explain 决算数      # expect: 决算数  →  column of 支出, 5 rows, SUM 340 万元  (data, not a formula)
explain B2         # expect: B2  →  100 万元  (a value, not a formula)
F2 = 户均
explain F2         # expect: F2 = 户均  →  12500 元/户
                   # expect: └─ 户均 = 决算数["基本支出"]/72户  →  12500 元/户
