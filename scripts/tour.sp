# The analyst's round on the sample ledger: explore, compute, summarize, check, undo,
# export, save. Run it from the repository's folder:
#   suanpan run scripts/tour.sp --set 本年=2021 --set 输出=out
param 本年 = 2022
param 输出 = "out"
open workbooks/ledger-sample as 台账簿

# Explore: the largest spending of one department in the year.
show 台账 where AND(年度 = 本年, 部门 = "东风路街道") order by 决算数 desc limit 3

# A computed column on every row of the ledger.
台账.结余 = 预算数 - 决算数

# By department, live: change the ledger and the summary follows.
summarize 台账 where 年度 = 本年 by 部门 into 部门汇总 with 预算 = SUM(预算数), 决算 = SUM(决算数),
    执行率 = RATE(决算, 预算), 结余 = SUM(结余)
format 部门汇总.执行率 "0.00%"
show 部门汇总 order by 执行率

# The summary must add up to the ledger.
check SUM(部门汇总.决算) = SUMIFS(台账.决算数, 台账.年度, 本年) "部门汇总与台账合计不符"

# A mistake, taken back.
台账!H2 = 0
undo

export 部门汇总 to {输出}/部门汇总-{本年}.csv bom
save to {输出}/台账簿
