# 季度预算执行分析：各部门累计执行率对比序时进度，差距以个百分点计，与上年同期比较，
# 标出执行滞后的部门，核对合计，导出 CSV 和一段文字报告。在仓库目录下运行：
#   suanpan run scripts/quarterly.sp --set quarter=3 [--set 输出=out]
param quarter = 3
param 本年 = 2022
param 输出 = "out"
open workbooks/ledger-sample as 台账簿

上年 = 本年 - 1
序时进度 = PROGRESS(quarter)

# 一个部门一行：全年预算，截至本季度的累计支出，上年同期的累计支出。它随台账而变。
summarize 台账 where 年度 = 本年 by 部门 into 部门执行 with 全年预算 = SUM(预算数),
    累计决算 = SUMIFS(决算数, 季度, "<=" & quarter),
    执行率 = RATE(累计决算, 全年预算),
    与序时进度差 = PPDIFF(执行率, 序时进度),
    上年同期 = SUMIFS(台账.决算数, 台账.年度, 上年, 台账.季度, "<=" & quarter, 台账.部门, 部门),
    同比增长 = YOY(累计决算, 上年同期),
    进度 = IF(执行率 < 序时进度, "滞后", "正常"),
    滞后部门 = IF(执行率 < 序时进度, 部门, "")
format 部门执行.执行率 "0.00%"
format 部门执行.同比增长 "0.00%"
format 部门执行.与序时进度差 "0.00"
format 部门执行.累计决算 "#,##0.00"
format 部门执行.上年同期 "#,##0.00"

全年预算合计 = SUM(部门执行.全年预算)
累计决算合计 = SUM(部门执行.累计决算)
上年同期合计 = SUM(部门执行.上年同期)
累计执行率 = RATE(累计决算合计, 全年预算合计)

# 合计必须与台账一致。
check 全年预算合计 = SUMIFS(台账.预算数, 台账.年度, 本年) "部门全年预算之和与台账不符"
check 累计决算合计 = SUMIFS(台账.决算数, 台账.年度, 本年, 台账.季度, "<=" & quarter) "部门累计支出之和与台账不符"
check 上年同期合计 = SUMIFS(台账.决算数, 台账.年度, 上年, 台账.季度, "<=" & quarter) "上年同期之和与台账不符"
check COUNTIF(部门执行.进度, "滞后") + COUNTIF(部门执行.进度, "正常") = COUNTA(部门执行.部门) "每个部门都应标明进度"

show 部门执行 order by 执行率
export 部门执行 to {输出}/{本年}年第{quarter}季度-部门执行.csv bom
report templates/quarterly.txt to {输出}/{本年}年第{quarter}季度-执行情况.txt
