# check add keeps a check with the workbook; check alone runs those kept.
open ../data/支出.csv    # expect note: ../data/支出.csv: 4 rows, 3 columns, read as UTF-8
check add 支出.决算数 >= 85 "决算数偏低"
check add SUM(支出.预算数) = 380
check add 支出.决算数 >= 未知 "x"          # expect error: 5:21: unknown name '未知'
check                                    # expect note: check failed: 支出 row 3 (项目支出): 决算数偏低 — 决算数 is 80 万元
                                         # expect note: check failed: 支出 row 4 (人员经费): 决算数偏低 — 决算数 is blank
                                         # expect note: 2 checks kept with the workbook: 1 failed
undo                                     # expect note: undid: check add SUM(支出.预算数) = 380
check                                    # expect note: check failed: 支出 row 3 (项目支出): 决算数偏低 — 决算数 is 80 万元
                                         # expect note: check failed: 支出 row 4 (人员经费): 决算数偏低 — 决算数 is blank
                                         # expect note: 1 check kept with the workbook: 1 failed
