#!/usr/bin/env python3
"""Writes the seed corpora under Fuzz/Corpus/, one folder per target, from the tests'
own inputs: the LibreOffice reference formulas, the golden scripts, the CSV and XLSX
fixtures and the report templates. Run it again when those change; the fuzzers' grown
corpora are not committed."""
import hashlib, pathlib, zipfile

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "Fuzz" / "Corpus"
fixtures = root / "Tests" / "SuanpanCoreTests" / "Fixtures"
cases = root / "Tests" / "SuanpanScriptTests" / "Cases"

def write(target, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)

# Formulas: the reference table, and some over the fuzzing workbook's names and cells.
for line in (fixtures / "libreoffice-reference.tsv").read_text(encoding="utf-8").splitlines()[1:]:
    write("fuzz-formula", line.split("\t")[0])
for formula in ["执行率", "SUM(决算数)", "支出!B2:C4", "支出.决算数[\"基本支出\"]", "合计 / 3户",
                "=IF(B2 > 100万元, \"高\", \"低\")", "{1,2;3,4}", "-2^2%", "SUMIFS(C:C, A:A, \"*支出\")",
                "TEXT(D2, \"yyyy-mm-dd\")", "ROUND(1/3, 2) & \"元\"", "INDEX(B2:C4, 2, 1)"]:
    write("fuzz-formula", formula)

# Statements: every golden script, and the fuzzing workbook's statements.
for script in sorted(cases.rglob("*.sp")):
    write("fuzz-statements", script.read_bytes())
write("fuzz-statements", "show 支出 where 决算数 > 1万元 order by 决算数 desc limit 2\nsummarize 支出 by 项目\n"
      "pivot 支出 rows 项目 values SUM(决算数)\nchart 支出 决算数 by 项目\nexplain 执行率\nundo\nredo\n")

# CSV: the reader's fixtures in every encoding, and the golden scripts' data.
for path in sorted((fixtures / "csv").iterdir()):
    if path.suffix in (".csv", ".tsv"):
        write("fuzz-csv", path.read_bytes())
for path in sorted((cases / "data").rglob("*.csv")):
    write("fuzz-csv", path.read_bytes())

# XLSX: the small fixtures whole (the zip layer), and the good ones as parts (the XML).
for path in sorted((fixtures / "xlsx").glob("*.xlsx")):
    if path.stat().st_size < 16_000:
        write("fuzz-xlsx", path.read_bytes())
for name in ["crafted.xlsx", "crafted-1904.xlsx", "libreoffice-budget.xlsx", "openpyxl-budget.xlsx"]:
    with zipfile.ZipFile(fixtures / "xlsx" / name) as archive:
        parts = b"".join(b"=== " + info.filename.encode() + b"\n" + archive.read(info) + b"\n"
                         for info in archive.infolist() if not info.is_dir())
    write("fuzz-xlsx", parts)

# Templates: the shipped ones, the tests', and one over the fuzzing workbook.
for path in sorted((root / "templates").glob("*.txt")) + sorted((cases / "report" / "templates").glob("*.txt")):
    write("fuzz-template", path.read_bytes())
write("fuzz-template", "# 支出情况\n## 基本支出\n预算数为{{ 支出.预算数[\"基本支出\"] }}，执行率{{ 执行率 : \"0.00%\" }}。\n"
      "{{# 注释 }}\n{{ table 支出 columns 项目, 决算数 where 决算数 > 0 order by 决算数 desc limit 5 }}\n"
      "# 二、其他\n{{ \"{{\" }}合计{{ 合计 }}\n")
