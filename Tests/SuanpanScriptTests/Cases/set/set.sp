# set changes a session setting; set alone lists them.
set          # expect: rounding	half-up	half-up|half-even|truncate	how shown figures are rounded: 四舍五入, banker's, or cut off (never ROUND's own rule)
             # expect: strict	off	off|on	whether a failing check fails its statement (and stops a script)
             # expect: rows	40	40|all|N	how many rows show prints without limit (head and tail), or all
             # expect: width	auto	auto|none|N	the columns a table may take: the terminal's (auto), unlimited (none), or N
             # expect: ambiguous	narrow	narrow|wide	how wide the terminal draws · — “ ” … ① (East Asian Ambiguous): 1 or 2 columns
             # expect: ascii	off	off|on	whether charts draw with ASCII only (# bars), for terminals without Unicode
             # expect: timer	off	off|on	whether each statement is followed by the time it took (a note: time: 3.214 ms)
set rounding half-even
set rounding                # expect: rounding	half-even
set rounding truncate
set rounding                # expect: rounding	truncate
set rounding half-evn       # expect error: 13:14: 'rounding' cannot be 'half-evn' (did you mean 'half-even'?)
set rounding banker         # expect error: 14:14: 'rounding' cannot be 'banker' (one of: half-up, half-even, truncate)
set roundin half-up         # expect error: 15:5: unknown setting 'roundin' (did you mean 'rounding'?)
set strict on
set strict                  # expect: strict	on
set strict on off           # expect error: 18:15: unexpected 'off' (usage: set [OPTION [VALUE]])
ROUND(2.5, 0)               # expect: 3

# Table settings: rows and width take a whole number too.
set rows 10
set rows                    # expect: rows	10
set rows all
set rows                    # expect: rows	all
set rows many               # expect error: 26:10: 'rows' cannot be 'many' (one of: 40, all, or a whole number above 0)
set width 100
set width                   # expect: width	100
set width none
set width                   # expect: width	none
set width auto
set width                   # expect: width	auto
set width wide              # expect error: 33:11: 'width' cannot be 'wide' (one of: auto, none, or a whole number above 0)
set ambiguous wide
set ambiguous               # expect: ambiguous	wide
set ambiguous narow         # expect error: 36:15: 'ambiguous' cannot be 'narow' (did you mean 'narrow'?)
