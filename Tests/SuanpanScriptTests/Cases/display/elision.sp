# Long tables show head and tail (`set rows`, 40 by default) and say how to see all; `limit`
# overrides. Wide tables fit `set width` (the terminal's by default; never narrowed when
# output is a file, as here): middle columns give way to a … column, the first (key)
# columns and the last ones stay, and a line names what was hidden.
open ../data/台账
set rows 4
show 台账
    # expect: 部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)
    # expect: ------------  ----  --------  --------  ------------  ------------
    # expect: 办公室           1  基本支出         0        120.50         118.2
    # expect: 办公室           2  基本支出         0        120.50        121.35
    # expect: … 5 rows hidden …
    # expect: 计生服务中心     2  项目支出        55         10.00          9.95
    # expect: 计生服务中心     3  基本支出         0         80.00         64.63
    # expect: (9 rows, 5 hidden: set rows all shows them)
show 台账 limit 5
    # expect: 部门    季度  类别      户数(户)  预算数(万元)  决算数(万元)
    # expect: ------  ----  --------  --------  ------------  ------------
    # expect: 办公室     1  基本支出         0        120.50         118.2
    # expect: 办公室     2  基本支出         0        120.50        121.35
    # expect: 办公室     2  项目支出        12         30.00         18.64
    # expect: 宣传部     1  项目支出        20         45.00          40.1
    # expect: 宣传部     2  项目支出        25         45.00         47.25
    # expect: (5 of 9 rows)
set rows 3
show 台账 where 户数 > 10
    # expect: 部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)
    # expect: ------------  ----  --------  --------  ------------  ------------
    # expect: 办公室           2  项目支出        12         30.00         18.64
    # expect: 宣传部           1  项目支出        20         45.00          40.1
    # expect: … 2 rows hidden …
    # expect: 计生服务中心     2  项目支出        55         10.00          9.95
    # expect: (5 rows, 2 hidden: set rows all shows them)
set rows all
show 台账 where 户数 > 20
    # expect: 部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)
    # expect: ------------  ----  --------  --------  ------------  ------------
    # expect: 宣传部           2  项目支出        25         45.00         47.25
    # expect: 计生服务中心     1  项目支出        72          3.60           3.6
    # expect: 计生服务中心     2  项目支出        55         10.00          9.95
    # expect: (3 rows)
set width 50
show 台账 where 户数 > 20
    # expect: 部门          季度  …  预算数(万元)  决算数(万元)
    # expect: ------------  ----  -  ------------  ------------
    # expect: 宣传部           2  …         45.00         47.25
    # expect: 计生服务中心     1  …          3.60           3.6
    # expect: 计生服务中心     2  …         10.00          9.95
    # expect: (3 rows)
    # expect: (hidden to fit 50 columns: 类别, 户数; set width none shows all)
set width 30
show 台账 where 户数 > 20
    # expect: 部门          …  决算数(万元)
    # expect: ------------  -  ------------
    # expect: 宣传部        …         47.25
    # expect: 计生服务中心  …           3.6
    # expect: 计生服务中心  …          9.95
    # expect: (3 rows)
    # expect: (hidden to fit 30 columns: 季度, 类别, 户数, 预算数; set width none shows all)
set rows 2
show 台账
    # expect: 部门          …  决算数(万元)
    # expect: ------------  -  ------------
    # expect: 办公室        …         118.2
    # expect: … 7 rows hidden …
    # expect: 计生服务中心  …         64.63
    # expect: (9 rows, 7 hidden: set rows all shows them)
    # expect: (hidden to fit 30 columns: 季度, 类别, 户数, 预算数; set width none shows all)
set width none
show 台账 where 户数 > 20
    # expect: 部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)
    # expect: ------------  ----  --------  --------  ------------  ------------
    # expect: 宣传部           2  项目支出        25         45.00         47.25
    # expect: … 1 row hidden …
    # expect: 计生服务中心     2  项目支出        55         10.00          9.95
    # expect: (3 rows, 1 hidden: set rows all shows them)
