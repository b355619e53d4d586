# The three assignments: a cell, a computed column, a workbook name.
A1 = "预算数"
B1 = "决算数"
A2 = 100; B2 = 90
A3 = 200; B3 = 210
执行率 = 决算数 / 预算数             # a bare name reading the row: a computed column
C2                                # expect: 0.9
C3                                # expect: 1.05
合计 = SUM(B2:B3)                  # a name
合计                               # expect: 300
=SUM(A2:A3)                       # expect: 300
A2 = 50                           # dependents follow
C2                                # expect: 1.8
合计 * 2                           # expect: 600
