SELECT SUM("决算数(万元)"), SUM("预算数(万元)") FROM read_csv('{ledger}');
