x = 1
x + 1
SUMM(x)
"never printed"
