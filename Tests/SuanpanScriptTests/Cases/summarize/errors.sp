# summarize: errors point at the typo; a failed statement changes nothing.
open ../data/台账
summarize 台帐 by 部门 into 汇总 with 决算 = SUM(决算数)  # expect error: 3:11: no sheet named '台帐' (did you mean '台账'?)
summarize 台账 by 部分 into 汇总 with 决算 = SUM(决算数)  # expect error: 4:17: sheet '台账' has no column '部分' (did you mean '部门'?)
summarize 台账 by 部门 into 台账 with 决算 = SUM(决算数)  # expect error: 5:25: the sheet '台账' holds data; write the result into a new sheet
summarize 台账 by 部门 into 汇总 with SUM(决算数)        # expect error: 6:33: expected a column to compute as NAME = FORMULA
summarize 台账 by 部门 into 汇总 with 决算 = SUMM(决算数) # expect error: 7:38: unknown function 'SUMM' (did you mean 'SUM'?)
summarize 台账 by 部门 into 汇总 with 决算 = SUM(决算数), 部门 = 1  # expect error: 8:48: the result already has a column '部门'
summarize 台账 by 部门 into 汇总 with 决算 = SUM(决算树)  # expect error: 9:42: unknown name '决算树' (did you mean '决算数'?)
summarize 台账 by 部门 into 汇总                      # expect error: 10:27: expected 'with' after the new sheet's name (usage: summarize SHEET [where CONDITION] by COLUMN, … into NEWSHEET with NAME = FORMULA, …)
summarize 台账 where 户树 > 0 by 部门 into 汇总 with x = 1  # expect error: 11:20: unknown name '户树' (did you mean '户数'?)
summarize 台账 by 部门 into 汇总 with 执行率 = RATE(决算, 预算), 决算 = SUM(决算数)  # expect error: 12:44: unknown name '决算' (did you mean '决算数'?)
sheets                                              # expect: sheet  rows  columns
                                                    # expect: -----  ----  -------
                                                    # expect: 台账      9        6

# No sheet may be computed from itself, directly or through another.
summarize 台账 by 部门 into 汇总 with 决算 = SUM(决算数)
summarize 汇总 by 部门 into 汇总 with 合计 = SUM(决算)    # expect error: 19:25: the result cannot replace its own source '汇总'
summarize 汇总 by 部门 into 二级 with 合计 = SUM(决算)
summarize 二级 by 部门 into 汇总 with 合计 = SUM(合计)    # expect error: 21:11: '二级' is computed from '汇总', so '汇总' cannot be computed from it
