# chart: errors point at the typo, with a suggestion when one is close.
open ../data/台账
chart 台帐 决算数 by 部门              # expect error: 3:7: no sheet named '台帐' (did you mean '台账'?)
chart 台账 决算 by 部门                # expect error: 4:10: sheet '台账' has no column '决算' (did you mean '决算数'?)
chart 台账 决算数 by 部分              # expect error: 5:17: sheet '台账' has no column '部分' (did you mean '部门'?)
chart 台账 决算数 部门                 # expect error: 6:14: expected 'by' after the column (usage: chart SHEET COLUMN by LABEL [where CONDITION] [order by COLUMN [asc|desc], …] [limit N])
chart 台账 决算数 by                   # expect error: 7:16: 'chart' expects a column of labels after 'by'
chart 台账 决算数 by 部门 where 户树 > 0  # expect error: 8:26: unknown name '户树' (did you mean '户数'?)
chart 台账 决算数 by 部门 limit 0        # expect error: 9:26: limit expects a positive whole number, not '0'
chart 台账 决算数 by 部门 extra          # expect error: 10:20: unexpected 'extra' (usage: chart SHEET COLUMN by LABEL [where CONDITION] [order by COLUMN [asc|desc], …] [limit N])
chart 台账 部门 by 季度                 # expect note: nothing to chart: 部门 has no number in the rows selected
