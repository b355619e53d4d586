import sys

import pandas as pd

ledger = pd.read_csv(sys.argv[1])
groups = ledger[ledger["户数"] > 0].groupby(["部门", "季度"])
summary = groups.agg(决算=("决算数(万元)", "sum"), 户数=("户数", "sum"))
summary["户均决算"] = summary["决算"] / summary["户数"]
sys.stdout.write(summary["户均决算"].reset_index().to_csv(index=False))
