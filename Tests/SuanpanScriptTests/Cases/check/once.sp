# A condition that reads no row is checked once; a failing comparison shows both sides.
open ../data/支出.csv    # expect note: ../data/支出.csv: 4 rows, 3 columns, read as UTF-8
check SUM(决算数) = 决算数["整体支出"] "合计不符"    # expect note: check failed: 合计不符 — SUM(决算数) is 340 万元, 决算数["整体支出"] is 170 万元
check 决算数["基本支出"] + 决算数["项目支出"] = 决算数["整体支出"]
check 决算数["其他"] > 0 "找不到"        # expect note: check failed: 找不到 — the condition is #N/A (sheet '支出' has no row with key '其他')
check 1 + 1 "not a condition"          # expect note: check failed: not a condition — the condition is 2
季度 = 3
check 季度 = 4 "第{季度}季度"            # expect note: check failed: 第3季度 — 季度 is 3
check 名称 = "珠晖区"                   # expect error: 9:7: unknown name '名称'
check 决算数 > 0 "{季}"                 # expect error: 10:16: no name '季' to put in place of {季} (did you mean '季度'?)
check                                  # expect note: the workbook keeps no checks: add one with check add CONDITION "MESSAGE"
