# Summarizing into a sheet summarize made replaces it; undo brings the old one back.
open ../data/台账
summarize 台账 by 部门 into 汇总 with 决算 = SUM(决算数)
summarize 台账 by 类别 into 汇总 with 预算 = SUM(预算数)
show 汇总                           # expect: 类别      预算(万元)
                                  # expect: --------  ----------
                                  # expect: 基本支出      321.00
                                  # expect: 项目支出      148.60
                                  # expect: (2 rows)
undo                              # expect note: undid: summarize 台账 by 类别 into 汇总 with 预算 = SUM(预算数)
show 汇总                           # expect: 部门          决算(万元)
                                  # expect: ------------  ----------
                                  # expect: 办公室            258.19
                                  # expect: 宣传部             87.35
                                  # expect: 计生服务中心       78.18
                                  # expect: (3 rows)
sheets                            # expect: sheet  rows  columns
                                  # expect: -----  ----  -------
                                  # expect: 台账      9        6
                                  # expect: 汇总      3        2
