# Names and computed columns of the sample workbook explained down to what they read.
open ../../../../workbooks/zhuhui-2022
explain 人均人员经费
# expect: 人均人员经费 = PER(支出.决算数["人员经费"],在职人数)  →  129260 元/人
# expect: ├─ 支出.决算数["人员经费"]  →  64.63 万元  (row 4)
# expect: └─ 在职人数 = 人员.数量["在职人数"]  →  5 人
explain 支出.执行率["整体支出"]
# expect: 支出.执行率["整体支出"] = IF(AND(ISNUMBER(预算数),预算数>0),RATE(决算数,预算数),"")  →  1.05128613522338
# expect: ├─ AND(ISNUMBER(预算数),预算数>0)  →  TRUE
# expect: │  ├─ ISNUMBER(预算数)  →  TRUE
# expect: │  │  └─ 预算数  →  125.57 万元  (row 2)
# expect: │  └─ 预算数>0  →  TRUE
# expect: │     ├─ 预算数  →  125.57 万元  (row 2)
# expect: │     └─ 0
# expect: ├─ RATE(决算数,预算数)  →  1.05128613522338
# expect: │  ├─ 决算数  →  132.01 万元  (row 2)
# expect: │  └─ 预算数  →  125.57 万元  (row 2)
# expect: └─ ""
