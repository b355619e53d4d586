.import --csv {ledger} ledger
.headers on
.output {out}
SELECT *, CAST("决算数(万元)" AS REAL) / CAST("预算数(万元)" AS REAL) AS 执行率 FROM ledger;
