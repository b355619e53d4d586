# sheet add, sheets, columns, names.
sheet add 测算
A1 = "户数"
A2 = 72户
sheets                            # expect: Sheet1	0 rows	0 columns
                                  # expect: 测算	1 rows	1 columns
columns                           # expect: 户数	-	mixed
每户 = 3.6万元 / A2
names                             # expect: 每户	500 元/户	= 3.6万元/A2
