# set changes a session setting; set alone lists them.
set          # expect: rounding	half-up	half-up|half-even|truncate	how shown figures are rounded: 四舍五入, banker's, or cut off (never ROUND's own rule)
             # expect: strict	off	off|on	whether a failing check fails its statement (and stops a script)
             # expect: ascii	off	off|on	whether charts draw with ASCII only (# bars), for terminals without Unicode
set rounding half-even
set rounding                # expect: rounding	half-even
set rounding truncate
set rounding                # expect: rounding	truncate
set rounding half-evn       # expect error: 9:14: 'rounding' cannot be 'half-evn' (did you mean 'half-even'?)
set rounding banker         # expect error: 10:14: 'rounding' cannot be 'banker' (one of: half-up, half-even, truncate)
set roundin half-up         # expect error: 11:5: unknown setting 'roundin' (did you mean 'rounding'?)
set strict on
set strict                  # expect: strict	on
set strict on off           # expect error: 14:15: unexpected 'off' (usage: set [OPTION [VALUE]])
ROUND(2.5, 0)               # expect: 3
