# Numbers right-aligned in their column's format; `set rounding` rounds what a format shows
# and never the stored value: a published table that cut 38.2867% to 38.28% is reproduced
# with `set rounding truncate`, where half-up (the default) shows 38.29%.
open ../data/显示.csv
# expect note: ../data/显示.csv: 4 rows, 5 columns, read as UTF-8
format 经费 "#,##0.00"
format 执行率 "0.00%"
show 显示 limit 2
    # expect: 名称            说明                      经费(元)  执行率  户数(户)
    # expect: --------------  --------------------  ------------  ------  --------
    # expect: 办公室（机关）  会议费：全年，含培训  1,234,567.50  38.29%        12
    # expect: Café 咖啡       mixed ASCII 与中文       36,000.00  12.35%         3
    # expect: (2 of 4 rows)
set rounding truncate
show 显示 limit 2
    # expect: 名称            说明                      经费(元)  执行率  户数(户)
    # expect: --------------  --------------------  ------------  ------  --------
    # expect: 办公室（机关）  会议费：全年，含培训  1,234,567.50  38.28%        12
    # expect: Café 咖啡       mixed ASCII 与中文       36,000.00  12.34%         3
    # expect: (2 of 4 rows)
set rounding half-even
show 显示 limit 2
    # expect: 名称            说明                      经费(元)  执行率  户数(户)
    # expect: --------------  --------------------  ------------  ------  --------
    # expect: 办公室（机关）  会议费：全年，含培训  1,234,567.50  38.29%        12
    # expect: Café 咖啡       mixed ASCII 与中文       36,000.00  12.34%         3
    # expect: (2 of 4 rows)
显示.执行率["ABC Co."] * 1
    # expect: -0.0153
set rounding half-up

# 0 and 0.00; 0.0万元 shows a 元 column in 万元 (the heading keeps the column's unit).
format 经费 "0.0万元"
format 执行率 "0.00"
format 户数 "0"
show 显示
    # expect: 名称            说明                   经费(元)  执行率  户数(户)
    # expect: --------------  --------------------  ---------  ------  --------
    # expect: 办公室（机关）  会议费：全年，含培训  123.5万元    0.38        12
    # expect: Café 咖啡       mixed ASCII 与中文      3.6万元    0.12         3
    # expect: 🎉庆祝活动      👨‍👩‍👧家庭 👍🏽 🇨🇳           -0.3万元    1.02         0
    # expect: ABC Co.         “引号”·—…               0.0万元   -0.02         7
    # expect: (4 rows)
format 经费 "0"
show 显示 limit 1
    # expect: 名称            说明                  经费(元)  执行率  户数(户)
    # expect: --------------  --------------------  --------  ------  --------
    # expect: 办公室（机关）  会议费：全年，含培训   1234568    0.38        12
    # expect: (1 of 4 rows)

# 个百分点: a plain rate difference is × 100 under the pattern; PPDIFF's figure is already
# in percentage points and shows as it is.
显示.差 = 执行率 - 1
显示.点 = PPDIFF(执行率, 1)
format 差 "0.00个百分点"
format 点 "0.00个百分点"
show 显示 where 户数 = 0
    # expect: 名称        说明          经费(元)  执行率  户数(户)            差  点(个百分点)
    # expect: ----------  ------------  --------  ------  --------  ------------  ------------
    # expect: 🎉庆祝活动  👨‍👩‍👧家庭 👍🏽 🇨🇳     -2500    1.02         0  1.53个百分点  1.53个百分点
    # expect: (1 row)
TEXT(0.0153, "0.00个百分点")
    # expect: 1.53个百分点
