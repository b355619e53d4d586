import pandas as pd

print(pd.Series([1]).add(1).iloc[0])
