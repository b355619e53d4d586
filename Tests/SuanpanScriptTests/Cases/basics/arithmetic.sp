# Bare expressions print their value as General format shows it.
132.01 / 72.19                    # expect: 1.82864662695664
0.1 + 0.2                         # expect: 0.3
3.6万元 / 72户                     # expect: 500 元/户
-2^2                              # expect: 4
1/0                               # expect: #DIV/0!
"预算" & "执行"                    # expect: 预算执行
(0.1 + 0.2 = 0.3)                 # expect: TRUE
