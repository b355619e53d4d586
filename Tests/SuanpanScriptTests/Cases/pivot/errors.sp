# pivot: errors point at the typo.
open ../data/台账
pivot 台账 rows 部门 columns 季渡 value SUM(决算数) into 季度表       # expect error: 3:26: sheet '台账' has no column '季渡' (did you mean '季度'?)
pivot 台账 rows 部门 columns 季度 value SUM(决算数) into 季度表 extra  # expect error: 4:53: unexpected 'extra' (usage: pivot SHEET [where CONDITION] rows COLUMN columns COLUMN value FORMULA into NEWSHEET)
pivot 台账 rows 部门 columns 季度 value SUM(决算) into 季度表          # expect error: 5:39: unknown name '决算' (did you mean '决算数'?)
pivot 台账 rows 部门 季度 value SUM(决算数) into 季度表               # expect error: 6:15: expected a column after 'rows', found '部门 季度 value SUM(决算数) into 季度表'
pivot 台账 rows 部门 columns 季度 into 季度表                        # expect error: 7:26: expected a column after 'columns', found '季度 into 季度表'
