# summarize: one row per group, sorted by the keys; units carry; items use earlier items.
# 预算 = SUM(预算数) shows in 预算数's format (#,##0.00); 决算数 has none, so 决算 is General.
open ../data/台账
summarize 台账 by 部门 into 部门汇总 with 预算 = SUM(预算数), 决算 = SUM(决算数), 执行率 = ROUND(RATE(决算, 预算), 4), 笔数 = COUNTA(类别)
show 部门汇总                         # expect: 部门          预算(万元)  决算(万元)  执行率  笔数
                                  # expect: ------------  ----------  ----------  ------  ----
                                  # expect: 办公室            271.00      258.19  0.9527     3
                                  # expect: 宣传部            105.00       87.35  0.8319     3
                                  # expect: 计生服务中心       93.60       78.18  0.8353     3
                                  # expect: (3 rows)
SUM(部门汇总.决算)                      # expect: 423.72 万元

# Several keys; a where clause; PER over the group.
summarize 台账 where 户数 > 0 by 部门, 季度 into 户均 with 决算 = SUM(决算数), 户数 = SUM(户数), 每户 = PER(决算, 户数)
show 户均                           # expect: 部门          季度  决算(万元)  户数(户)       每户(元/户)
                                  # expect: ------------  ----  ----------  --------  ----------------
                                  # expect: 办公室           2       18.64        12  15533.3333333333
                                  # expect: 宣传部           1        40.1        20             20050
                                  # expect: 宣传部           2       47.25        25             18900
                                  # expect: 计生服务中心     1         3.6        72               500
                                  # expect: 计生服务中心     2        9.95        55  1809.09090909091
                                  # expect: (5 rows)

# A bare column outside an aggregate is the group's first row: for a key, the key.
summarize 台账 by 类别 into 类别表 with 名称 = "类别：" & 类别, 最大 = MAX(决算数), 最小 = MIN(决算数), 平均 = AVERAGE(决算数)
show 类别表                          # expect: 类别      名称            最大(万元)  最小(万元)        平均(万元)
                                  # expect: --------  --------------  ----------  ----------  ----------------
                                  # expect: 基本支出  类别：基本支出      121.35       64.63  101.393333333333
                                  # expect: 项目支出  类别：项目支出       47.25         3.6            23.908
                                  # expect: (2 rows)

# Rows where the condition is an error are left out, and a note counts them.
summarize 台账 where 决算数 / 户数 > 1 by 部门 into 有效 with 笔数 = COUNT(决算数)  # expect note: 4 rows left out: the where condition gave an error or text there
show 有效                           # expect: 部门          笔数
                                  # expect: ------------  ----
                                  # expect: 办公室           1
                                  # expect: 宣传部           2
                                  # expect: 计生服务中心     2
                                  # expect: (3 rows)
