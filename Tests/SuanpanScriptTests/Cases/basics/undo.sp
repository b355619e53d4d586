# undo and redo step through changes; reading leaves no step.
A1 = 1
A1 = 2
A1                                # expect: 2
undo                              # expect note: undid: A1 = 2
A1                                # expect: 1
redo                              # expect note: redid: A1 = 2
A1                                # expect: 2
undo                              # expect note: undid: A1 = 2
undo                              # expect note: undid: A1 = 1
A1                                # expect: 
redo                              # expect note: redid: A1 = 1
A1 = 5                            # a new change: nothing left to redo
redo                              # expect error: 14:1: nothing to redo
