# show: errors point at the typo, with a suggestion when one is close.
open ../data/台账
show 台帐                          # expect error: 3:6: no sheet named '台帐' (did you mean '台账'?)
show 台账 where 户树 > 0            # expect error: 4:15: unknown name '户树' (did you mean '户数'?)
show 台账 order by 决算 desc        # expect error: 5:18: sheet '台账' has no column '决算' (did you mean '决算数'?)
show 台账 limit x                  # expect error: 6:15: limit expects a positive whole number, not 'x'
show 台账 limit 0                  # expect error: 7:15: limit expects a positive whole number, not '0'
show 台账 order 决算数               # expect error: 8:15: expected 'by' after 'order' (usage: show [SHEET] [where CONDITION] [order by COLUMN [asc|desc], …] [limit N])
show 台账 where                    # expect error: 9:14: 'show' expects a condition after 'where'
show 台账 order by                 # expect error: 10:17: 'show' expects a column after 'order by'
show 台账 limit 5 extra            # expect error: 11:17: unexpected 'extra' (usage: show [SHEET] [where CONDITION] [order by COLUMN [asc|desc], …] [limit N])
show 台账 where SUM(               # expect error: 12:19: expected ')' to close '('
