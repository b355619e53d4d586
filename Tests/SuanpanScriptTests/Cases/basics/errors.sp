# Every error points at the typo. The script goes on after each one.
SUMM(1, 2)                        # expect error: 2:1: unknown function 'SUMM' (did you mean 'SUM'?)
1 +                               # expect error: 3:4: expected an expression after '+'
columns 收入                       # expect error: 4:9: no sheet named '收入'
use y2021                         # expect error: 5:5: no workbook is open as 'y2021'
sheets 支出                        # expect error: 6:8: unexpected '支出' (usage: sheets)
undo                              # expect error: 7:1: nothing to undo
help SUMX                         # expect error: 8:6: no help for 'SUMX' (did you mean 'SUM'?)
sheet add Sheet1                  # expect error: 9:11: a sheet named 'Sheet1' already exists
1 = 1 and 2 = 2                   # expect error: 10:7: unexpected name 'and' (combine conditions with AND(a, b))
