# 一次导出工作簿的每一张表：CSV（带 BOM，Excel 直接打开）和对齐的文本表。在仓库目录下运行：
#   suanpan run scripts/export-all.sp [--set 工作簿=workbooks/zhuhui-2022] [--set 输出=out/export]
param 工作簿 = "workbooks/zhuhui-2022"
param 输出 = "out/export"
open {工作簿}
export * to {输出}/{sheet}.csv bom
export * to {输出}/{sheet}.txt
