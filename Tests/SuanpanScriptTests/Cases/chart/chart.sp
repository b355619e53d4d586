# chart: one bar per row, labels aligned by display width, values in the column's format
# (预算数: #,##0.00) or General, the longest bar 60 columns when the terminal is unknown.
open ../data/台账
chart 台账 决算数 by 部门 where 户数 > 10 order by 决算数 desc
# expect: 宣传部        ███████████████████████████████████████████████████████████ 47.25
# expect: 宣传部        ██████████████████████████████████████████████████▏          40.1
# expect: 办公室        ███████████████████████▎                                    18.64
# expect: 计生服务中心  ████████████▍                                                9.95
# expect: 计生服务中心  ████▌                                                         3.6
chart 台账 预算数 by 类别 where 季度 = 1
# expect: 基本支出  ████████████████████████████████████████████████████████████ 120.50
# expect: 项目支出  ██████████████████████▍                                       45.00
# expect: 项目支出  █▊                                                             3.60
chart 台账 决算数 by 部门 where 季度 = 3
# expect note: 1 row has no bar: 决算数 is blank or not a number there
# expect: 计生服务中心  ███████████████████████████████████████████████████████████ 64.63
set ascii on
chart 台账 决算数 by 部门 where 户数 > 10 limit 3
# expect: 办公室  ########################                                     18.64
# expect: 宣传部  ###################################################           40.1
# expect: 宣传部  ############################################################ 47.25
set ascii off

# Negative figures grow left of an axis, on the same scale as positive ones.
台账.差额 = 决算数 - 预算数
chart 台账 差额 by 部门 where 季度 = 2
# expect: 办公室                                                        │███▌        0.85
# expect: 办公室        ████████████████████████████████████████████████│          -11.36
# expect: 宣传部                                                        │█████████▍   2.25
# expect: 计生服务中心                                                 █│           -0.05
set ascii on
chart 台账 差额 by 部门 where 季度 = 2
# expect: 办公室                                                        |####        0.85
# expect: 办公室        ################################################|          -11.36
# expect: 宣传部                                                        |#########   2.25
# expect: 计生服务中心                                                 #|           -0.05

