# Tables align by display width (SPEC §6): ideographs and fullwidth punctuation （），：take
# two columns, a combining accent (Cafe + U+0301) none, emoji — a ZWJ family, a skin tone, a
# flag — two; East Asian Ambiguous characters (“ ” · — …) one unless `set ambiguous wide`.
open ../data/显示.csv
# expect note: ../data/显示.csv: 4 rows, 5 columns, read as UTF-8
show 显示
    # expect: 名称            说明                   经费(元)    执行率  户数(户)
    # expect: --------------  --------------------  ---------  --------  --------
    # expect: 办公室（机关）  会议费：全年，含培训  1234567.5  0.382867        12
    # expect: Café 咖啡       mixed ASCII 与中文        36000   0.12345         3
    # expect: 🎉庆祝活动      👨‍👩‍👧家庭 👍🏽 🇨🇳              -2500    1.0153         0
    # expect: ABC Co.         “引号”·—…                   0.5   -0.0153         7
    # expect: (4 rows)
set ambiguous wide
show 显示
    # expect: 名称            说明                   经费(元)    执行率  户数(户)
    # expect: --------------  --------------------  ---------  --------  --------
    # expect: 办公室（机关）  会议费：全年，含培训  1234567.5  0.382867        12
    # expect: Café 咖啡       mixed ASCII 与中文        36000   0.12345         3
    # expect: 🎉庆祝活动      👨‍👩‍👧家庭 👍🏽 🇨🇳              -2500    1.0153         0
    # expect: ABC Co.         “引号”·—…              0.5   -0.0153         7
    # expect: (4 rows)
show 显示 where 户数 = 7
    # expect: 名称     说明            经费(元)   执行率  户数(户)
    # expect: -------  --------------  --------  -------  --------
    # expect: ABC Co.  “引号”·—…       0.5  -0.0153         7
    # expect: (1 row)
