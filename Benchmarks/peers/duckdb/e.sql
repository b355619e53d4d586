SELECT 部门, 季度, COALESCE(SUM("决算数(万元)"), 0) / SUM(户数) AS 户均决算
FROM read_csv('{ledger}')
WHERE 户数 > 0
GROUP BY 部门, 季度
ORDER BY 部门, 季度;
