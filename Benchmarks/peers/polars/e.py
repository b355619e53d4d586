import sys

import polars as pl

per = pl.col("决算数(万元)").sum() / pl.col("户数").sum()
summary = (pl.scan_csv(sys.argv[1])
           .filter(pl.col("户数") > 0)
           .group_by("部门", "季度")
           .agg(per.alias("户均决算"))
           .sort("部门", "季度"))
sys.stdout.write(summary.collect().write_csv())
