# The sample workbook keeps its checks in workbook.toml; check alone runs them. (The seed
# report's 基本支出 line does print 132.01, the whole expenditure, where 78.63 belongs.)
open ../../../../workbooks/zhuhui-2022
check      # expect note: check failed: 支出 row 3 (基本支出): 报告所列决算数与明细不符 — 报告所列决算数 is 132.01 万元, 决算数 is 78.63 万元
           # expect note: 4 checks kept with the workbook: 1 failed
# Text is never <= a number (Excel's order): rows whose 执行率 is "" fail too.
check 支出.执行率 <= 100% "超预算"
# expect note: check failed: 支出 row 2 (整体支出): 超预算 — 执行率 is 1.05128613522338
# expect note: check failed: 支出 row 3 (基本支出): 超预算 — 执行率 is 1.08920903172185
# expect note: check failed: 支出 row 4 (人员经费): 超预算 — 执行率 is "" (empty text)
# expect note: check failed: 支出 row 5 (商品和服务支出): 超预算 — 执行率 is "" (empty text)
# expect note: check failed: 支出 row 7 (三公经费): 超预算 — 执行率 is "" (empty text)
check OR(支出.执行率 = "", 支出.执行率 <= 110%) "超预算一成"
