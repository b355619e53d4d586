COPY (
    SELECT *, COALESCE("决算数(万元)", 0) / "预算数(万元)" AS 执行率
    FROM read_csv('{ledger}')
) TO '{out}' (HEADER);
