import sys

import pandas as pd

ledger = pd.read_csv(sys.argv[1])
summary = ledger.groupby("部门").agg(预算=("预算数(万元)", "sum"), 决算=("决算数(万元)", "sum"))
summary["执行率"] = summary["决算"] / summary["预算"]
sys.stdout.write(summary.reset_index().to_csv(index=False))
