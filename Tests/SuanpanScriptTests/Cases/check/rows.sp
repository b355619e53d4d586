# A condition that reads columns row by row is checked on every row; each failing row is
# named by its spreadsheet row (headings are row 1) and key, with the values it read.
open ../data/支出.csv    # expect note: ../data/支出.csv: 4 rows, 3 columns, read as UTF-8
执行率 = 决算数 / 预算数
check 执行率 <= 120% "执行率异常"       # expect note: check failed: 支出 row 3 (项目支出): 执行率异常 — 执行率 is 1.6
check 支出.执行率 >= 50%                # expect note: check failed: 支出 row 4 (人员经费): 支出.执行率 >= 50% — 执行率 is 0
check 决算数 > 0 "决算数缺失"            # expect note: check failed: 支出 row 4 (人员经费): 决算数缺失 — 决算数 is blank
check 决算数 <= 预算数                  # expect note: check failed: 支出 row 3 (项目支出): 决算数 <= 预算数 — 决算数 is 80 万元, 预算数 is 50 万元
check 执行率 < 2                       # passes: nothing printed
check 决算数 / (预算数 - 40) < 10 "比值"  # expect note: check failed: 支出 row 4 (人员经费): 比值 — the condition is #DIV/0! (division by zero), 决算数 is blank, 预算数 is 40 万元
"done"                                 # expect: done
