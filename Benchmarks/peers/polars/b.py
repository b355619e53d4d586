import sys

import polars as pl

sums = pl.scan_csv(sys.argv[1]).select(pl.col("决算数(万元)").sum(), pl.col("预算数(万元)").sum())
sys.stdout.write(sums.collect().write_csv())
