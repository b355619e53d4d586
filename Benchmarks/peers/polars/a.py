import polars as pl

print(pl.select(pl.lit(1) + 1).item())
