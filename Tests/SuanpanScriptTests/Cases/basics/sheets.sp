# sheet add, sheets, columns, names.
sheet add 测算
A1 = "户数"
A2 = 72户
sheets                            # expect: sheet   rows  columns
                                  # expect: ------  ----  -------
                                  # expect: Sheet1     0        0
                                  # expect: 测算       1        1
columns                           # expect: column  unit  holds  formula
                                  # expect: ------  ----  -----  -------
                                  # expect: 户数    -     mixed
每户 = 3.6万元 / A2
names                             # expect: name  value      formula
                                  # expect: ----  ---------  ------------
                                  # expect: 每户  500 元/户  = 3.6万元/A2
