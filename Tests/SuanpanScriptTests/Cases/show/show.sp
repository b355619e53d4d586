# show: an aligned table by display width, units in the headings, numbers right-aligned
# (预算数 in its column's format, #,##0.00; the others in General).
open ../data/台账
show 台账 where 户数 > 10 order by 决算数 desc  # expect: 部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)
                                  # expect: ------------  ----  --------  --------  ------------  ------------
                                  # expect: 宣传部           2  项目支出        25         45.00         47.25
                                  # expect: 宣传部           1  项目支出        20         45.00          40.1
                                  # expect: 办公室           2  项目支出        12         30.00         18.64
                                  # expect: 计生服务中心     2  项目支出        55         10.00          9.95
                                  # expect: 计生服务中心     1  项目支出        72          3.60           3.6
                                  # expect: (5 rows)
show 台账 where 类别 = "基本支出" order by 部门 desc, 季度  # expect: 部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)
                                  # expect: ------------  ----  --------  --------  ------------  ------------
                                  # expect: 计生服务中心     3  基本支出         0         80.00         64.63
                                  # expect: 办公室           1  基本支出         0        120.50         118.2
                                  # expect: 办公室           2  基本支出         0        120.50        121.35
                                  # expect: (3 rows)
show 台账 where 户数 > 10 limit 2     # expect: 部门    季度  类别      户数(户)  预算数(万元)  决算数(万元)
                                  # expect: ------  ----  --------  --------  ------------  ------------
                                  # expect: 办公室     2  项目支出        12         30.00         18.64
                                  # expect: 宣传部     1  项目支出        20         45.00          40.1
                                  # expect: (2 of 5 rows)
show order by 预算数 limit 1         # expect: 部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)
                                  # expect: ------------  ----  --------  --------  ------------  ------------
                                  # expect: 计生服务中心     1  项目支出        72          3.60           3.6
                                  # expect: (1 of 9 rows)
show 台账 where 户数 >= 1000          # expect: 部门  季度  类别  户数(户)  预算数(万元)  决算数(万元)
                                  # expect: ----  ----  ----  --------  ------------  ------------
                                  # expect: (0 rows)

# A row where the condition is an error is left out, and a note counts them.
show 台账 where 决算数 / 户数 > 1        # expect note: 4 rows left out: the where condition gave an error or text there
                                  # expect: 部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)
                                  # expect: ------------  ----  --------  --------  ------------  ------------
                                  # expect: 办公室           2  项目支出        12         30.00         18.64
                                  # expect: 宣传部           1  项目支出        20         45.00          40.1
                                  # expect: 宣传部           2  项目支出        25         45.00         47.25
                                  # expect: 计生服务中心     1  项目支出        72          3.60           3.6
                                  # expect: 计生服务中心     2  项目支出        55         10.00          9.95
                                  # expect: (5 rows)
