import sys

import polars as pl

budget, actual = pl.col("预算数(万元)").sum(), pl.col("决算数(万元)").sum()
summary = (pl.scan_csv(sys.argv[1])
           .group_by("部门")
           .agg(budget.alias("预算"), actual.alias("决算"), (actual / budget).alias("执行率"))
           .sort("部门"))
sys.stdout.write(summary.collect().write_csv())
