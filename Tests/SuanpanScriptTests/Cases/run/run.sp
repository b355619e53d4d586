# run executes another script's statements in this session. Relative paths start where
# this script's do (its folder), not at the nested script's folder.
run helpers/quarterly.sp                 # expect: 1
                                         # expect: 第4季度
run helpers/quarterly.sp quarter=2       # expect: 0.5
                                         # expect: 第2季度
quarter                                  # expect: 2
undo                                     # expect note: undid: run helpers/quarterly.sp quarter=2
quarter                                  # expect: 4
run helpers/quarterly.sp quartr=2        # expect error: 10:26: 'helpers/quarterly.sp' has no param 'quartr' (did you mean 'quarter'?)
run helpers/quarterly.sp quarter = 2     # expect error: 11:26: expected NAME=VALUE, found 'quarter' (write the argument without spaces, as quarter=3)
run helpers/missing.sp                   # expect error: 12:5: helpers/missing.sp: no such script
run helpers                              # expect error: 13:5: helpers: is a folder, not a script
run helpers/latin.sp                     # expect error: 14:5: helpers/latin.sp:2: is not UTF-8 at byte 9 (save it as UTF-8; GBK scripts are not read)
