.import --csv {ledger} ledger
.headers on
SELECT 部门, 季度, SUM(CAST("决算数(万元)" AS REAL)) / SUM(CAST(户数 AS INTEGER)) AS 户均决算
FROM ledger
WHERE CAST(户数 AS INTEGER) > 0
GROUP BY 部门, 季度
ORDER BY 部门, 季度;
