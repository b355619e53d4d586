import sys

import pandas as pd

ledger = pd.read_csv(sys.argv[1])
sums = ledger[["决算数(万元)", "预算数(万元)"]].sum().to_frame().T
sys.stdout.write(sums.to_csv(index=False))
