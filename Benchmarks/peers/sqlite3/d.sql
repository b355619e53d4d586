.import --csv {ledger} ledger
.headers on
SELECT 部门,
       SUM("预算数(万元)") AS 预算,
       SUM("决算数(万元)") AS 决算,
       SUM(CAST("决算数(万元)" AS REAL)) / SUM(CAST("预算数(万元)" AS REAL)) AS 执行率
FROM ledger
GROUP BY 部门
ORDER BY 部门;
