# A derived sheet's column takes the format of the column its SUM, AVERAGE, MIN or MAX
# reads (预算数 is #,##0.00 in workbook.toml); its own format wins; a ratio or a count takes
# none; a later format on the source reaches it; a pivot's value columns take the format
# of the column its value aggregates.
open ../data/台账
summarize 台账 by 类别 into 类别表 with 预算 = SUM(预算数), 平均 = AVERAGE(预算数), 笔数 = COUNT(预算数), 率 = RATE(SUM(决算数), SUM(预算数))
show 类别表
    # expect: 类别      预算(万元)  平均(万元)  笔数                 率
    # expect: --------  ----------  ----------  ----  -----------------
    # expect: 基本支出      321.00      107.00     3  0.947601246105919
    # expect: 项目支出      148.60       24.77     6  0.804441453566622
    # expect: (2 rows)
format 类别表.平均 "0.0"
format 台账.预算数 "0.0万元"
show 类别表
    # expect: 类别      预算(万元)  平均(万元)  笔数                 率
    # expect: --------  ----------  ----------  ----  -----------------
    # expect: 基本支出   321.0万元       107.0     3  0.947601246105919
    # expect: 项目支出   148.6万元        24.8     6  0.804441453566622
    # expect: (2 rows)
format 类别表
    # expect: 平均	0.0
pivot 台账 rows 部门 columns 季度 value SUM(预算数) into 季度表
show 季度表
    # expect: 部门            1(万元)    2(万元)   3(万元)
    # expect: ------------  ---------  ---------  --------
    # expect: 办公室        120.5万元  150.5万元
    # expect: 宣传部         45.0万元   45.0万元  15.0万元
    # expect: 计生服务中心    3.6万元   10.0万元  80.0万元
    # expect: (3 rows)
summarize 类别表 by 类别 into 再汇总 with 预算 = MAX(预算)
show 再汇总
    # expect: 类别      预算(万元)
    # expect: --------  ----------
    # expect: 基本支出   321.0万元
    # expect: 项目支出   148.6万元
    # expect: (2 rows)
