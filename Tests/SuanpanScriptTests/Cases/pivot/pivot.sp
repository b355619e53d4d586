# pivot: a row per 部门, a column per 季度 (sorted), blank where no rows match.
open ../data/台账
pivot 台账 rows 部门 columns 季度 value SUM(决算数) into 季度表
show 季度表                          # expect: 部门          1(万元)  2(万元)  3(万元)
                                  # expect: ------------  -------  -------  -------
                                  # expect: 办公室          118.2   139.99
                                  # expect: 宣传部           40.1    47.25        0
                                  # expect: 计生服务中心      3.6     9.95    64.63
                                  # expect: (3 rows)
季度表!C3                            # expect: 47.25 万元

# Text keys as columns; a where clause; any formula over the cell's rows.
pivot 台账 where 户数 > 0 rows 季度 columns 部门 value PER(SUM(决算数), SUM(户数)) into 户均表
show 户均表                          # expect: 季度     办公室(元/户)  宣传部(元/户)  计生服务中心(元/户)
                                  # expect: ----  ----------------  -------------  -------------------
                                  # expect:    1                            20050                  500
                                  # expect:    2  15533.3333333333          18900     1809.09090909091
                                  # expect: (2 rows)

# Live: a new quarter in the ledger adds a column.
台账!B8 = 4
show 季度表                          # expect: 部门          1(万元)  2(万元)  3(万元)  4(万元)
                                  # expect: ------------  -------  -------  -------  -------
                                  # expect: 办公室          118.2   139.99
                                  # expect: 宣传部           40.1    47.25        0
                                  # expect: 计生服务中心              9.95    64.63      3.6
                                  # expect: (3 rows)

# A blank key (or empty text) gets a column of its own, (空白).
台账!B9 = ""
pivot 台账 rows 类别 columns 季度 value COUNT(决算数) into 笔数表
show 笔数表                          # expect: 类别      1  2  3  4  (空白)
                                  # expect: --------  -  -  -  -  ------
                                  # expect: 基本支出  1  1  1
                                  # expect: 项目支出  1  2  0  1       1
                                  # expect: (2 rows)
