# A summary stays live: change the ledger and it follows, and so does what reads it.
open ../data/台账
summarize 台账 by 部门 into 部门汇总 with 决算 = SUM(决算数)
总决算 = SUM(部门汇总.决算)
总决算                               # expect: 423.72 万元
台账!F2 = 200万元
show 部门汇总                         # expect: 部门          决算(万元)
                                  # expect: ------------  ----------
                                  # expect: 办公室            339.99
                                  # expect: 宣传部             87.35
                                  # expect: 计生服务中心       78.18
                                  # expect: (3 rows)
总决算                               # expect: 505.52 万元
undo                              # expect note: undid: 台账!F2 = 200万元
show 部门汇总                         # expect: 部门          决算(万元)
                                  # expect: ------------  ----------
                                  # expect: 办公室            258.19
                                  # expect: 宣传部             87.35
                                  # expect: 计生服务中心       78.18
                                  # expect: (3 rows)
总决算                               # expect: 423.72 万元

# A computed column of the ledger read by the summary's where; changing its formula
# changes the summary.
台账.超支 = 决算数 > 预算数
summarize 台账 where 超支 by 部门 into 超支表 with 笔数 = COUNT(决算数)
show 超支表                          # expect: 部门    笔数
                                  # expect: ------  ----
                                  # expect: 办公室     1
                                  # expect: 宣传部     1
                                  # expect: (2 rows)
台账.超支 = 决算数 > 预算数 * 0.9
show 超支表                          # expect: 部门          笔数
                                  # expect: ------------  ----
                                  # expect: 办公室           2
                                  # expect: 宣传部           1
                                  # expect: 计生服务中心     2
                                  # expect: (3 rows)

# A summary of a summary follows too.
summarize 部门汇总 where 决算 > 80 by 部门 into 大户 with 决算 = SUM(决算)
show 大户                           # expect: 部门    决算(万元)
                                  # expect: ------  ----------
                                  # expect: 办公室      258.19
                                  # expect: 宣传部       87.35
                                  # expect: (2 rows)
台账!F7 = 1万元
show 大户                           # expect: 部门    决算(万元)
                                  # expect: ------  ----------
                                  # expect: 办公室      258.19
                                  # expect: 宣传部       88.35
                                  # expect: (2 rows)
