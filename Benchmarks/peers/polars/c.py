import sys

import polars as pl

ledger = pl.scan_csv(sys.argv[1])
rate = pl.col("决算数(万元)").fill_null(0) / pl.col("预算数(万元)")
ledger.with_columns(rate.alias("执行率")).sink_csv(sys.argv[2])
