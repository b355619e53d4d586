# An error in a nested script names its own line and column, then fails the run; the
# run changes nothing.
run helpers/broken.sp    # expect: 2
                         # expect error: 3:1: unknown function 'SUMM' (did you mean 'SUM'?)
                         # expect error: 3:5: script 'helpers/broken.sp' stopped at line 3
x                        # expect error: 6:1: unknown name 'x'
