import sys

import pandas as pd

ledger = pd.read_csv(sys.argv[1])
ledger["执行率"] = ledger["决算数(万元)"].fillna(0) / ledger["预算数(万元)"]
ledger.to_csv(sys.argv[2], index=False)
