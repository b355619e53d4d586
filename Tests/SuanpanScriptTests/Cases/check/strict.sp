# Strict: a failing check fails its statement (and stops a script that stops on errors).
open ../data/支出.csv    # expect note: ../data/支出.csv: 4 rows, 3 columns, read as UTF-8
check 决算数["整体支出"] < 100 "太多"      # expect note: check failed: 太多 — 决算数["整体支出"] is 170 万元
set strict on
check 决算数["整体支出"] < 100 "太多"      # expect note: check failed: 太多 — 决算数["整体支出"] is 170 万元
                                        # expect error: 5:7: strict: the check failed: 太多
check 决算数["整体支出"] < 200 "太多"      # passes
set strict off
