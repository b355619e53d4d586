# format stores a column's display format; a bare expression still prints General.
open ../data/支出.csv    # expect note: ../data/支出.csv: 4 rows, 3 columns, read as UTF-8
执行率 = 决算数 / 预算数
format 执行率               # expect: 执行率	General
format 支出.执行率 "0.00%"
format 执行率               # expect: 执行率	0.00%
format 决算数 #,##0.00
format 支出                 # expect: 决算数	#,##0.00
                           # expect: 执行率	0.00%
执行率["基本支出"]            # expect: 0.9
format 执行率 none
format 执行率               # expect: 执行率	General
undo                       # expect note: undid: format 执行率 none
format 执行率               # expect: 执行率	0.00%
format 执行率 ""
format 执行率               # expect: 执行率	General
format 执行惑 "0%"          # expect error: 17:8: sheet '支出' has no column '执行惑' (did you mean '执行率'?)
format 执行率 "0.0[>1]"     # expect error: 18:12: '0.0[>1]' is not a number format: conditions in number formats are not supported (as 0.00%, #,##0.00 or 0.0万元)
format 收入.执行率 "0%"      # expect error: 19:8: no sheet named '收入'
format 1+2 "0%"            # expect error: 20:8: expected a column, as 支出.执行率 or 执行率, found '1+2'
format 执行率 "0%" extra    # expect error: 21:17: unexpected 'extra' (usage: format [SHEET.]COLUMN ["PATTERN" | none])
