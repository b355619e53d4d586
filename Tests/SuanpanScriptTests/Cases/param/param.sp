# param defines a name; without a value from --set or run it takes its default.
param quarter = 4
quarter                       # expect: 4
param 单位 = "万元"
单位                           # expect: 万元
param 截止 = DATE(2022, 9, 30)
截止                           # expect: 2022-09-30
param 进度 = PROGRESS(quarter)
进度                           # expect: 1
param 1x = 3                  # expect error: 10:7: expected a parameter as NAME = FORMULA
param x = SUMM(1)             # expect error: 11:11: unknown function 'SUMM' (did you mean 'SUM'?)
param y                       # expect error: 12:7: expected a parameter as NAME = FORMULA
