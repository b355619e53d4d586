# 种子报告（珠晖区计生协 2022 年部门整体支出绩效评价）的部门概况、第二部分与第三部分的产出数字，
# 每一个数字都从 workbooks/zhuhui-2022 算出。在仓库目录下运行：
#   suanpan run scripts/seed-report.sp [--set 输出=out]
param 输出 = "out"
open workbooks/zhuhui-2022

# The workbook's stored checks: the report's own 基本支出 决算 (132.01万元, the whole
# department's figure) disagrees with its detail (78.63万元), and is reported as a note.
check

report templates/seed-section-2.txt to {输出}/seed-section-2.txt
report templates/seed-section-2.txt to {输出}/seed-section-2.md
report templates/seed-section-3.txt to {输出}/seed-section-3.txt
