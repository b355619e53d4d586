# An error is marked where it arises; everything above it shows only the error value.
open ../data/支出.csv    # expect note: ../data/支出.csv: 4 rows, 3 columns, read as UTF-8
explain SUM(决算数) / (预算数["人员经费"] - 40) + 1
# expect: SUM(决算数)/(预算数["人员经费"]-40)+1  →  #DIV/0!
# expect: ├─ SUM(决算数)/(预算数["人员经费"]-40)  →  #DIV/0!  ← arises here: division by zero
# expect: │  ├─ SUM(决算数)  →  340 万元
# expect: │  │  └─ 决算数  →  column of 支出, 4 rows, SUM 340 万元
# expect: │  └─ 预算数["人员经费"]-40  →  0 万元
# expect: │     ├─ 预算数["人员经费"]  →  40 万元  (row 4)
# expect: │     └─ 40
# expect: └─ 1
explain SUMM(决算数)       # expect error: 12:9: unknown function 'SUMM' (did you mean 'SUM'?)
explain                   # expect error: 13:8: 'explain' expects something to explain: a cell, a column, a name or a formula
explain 执行率["基本支出"]   # expect error: 14:9: unknown name '执行率'
