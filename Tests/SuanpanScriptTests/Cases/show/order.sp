# Blanks, and the empty text IF(…, "") leaves, sort last in either direction.
A1 = "项目"; B1 = "率"
A2 = "甲"; B2 = 0.5
A3 = "乙"; B3 = ""
A4 = "丙"; B4 = 1.5
A5 = "丁"
show Sheet1 order by 率 desc      # expect: 项目  率
                                  # expect: ----  ---
                                  # expect: 丙    1.5
                                  # expect: 甲    0.5
                                  # expect: 乙
                                  # expect: 丁
                                  # expect: (4 rows)
show Sheet1 order by 率           # expect: 项目  率
                                  # expect: ----  ---
                                  # expect: 甲    0.5
                                  # expect: 丙    1.5
                                  # expect: 乙
                                  # expect: 丁
                                  # expect: (4 rows)
