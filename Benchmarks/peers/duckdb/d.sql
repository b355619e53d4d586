SELECT 部门,
       SUM("预算数(万元)") AS 预算,
       SUM("决算数(万元)") AS 决算,
       COALESCE(SUM("决算数(万元)"), 0) / SUM("预算数(万元)") AS 执行率
FROM read_csv('{ledger}')
GROUP BY 部门
ORDER BY 部门;
