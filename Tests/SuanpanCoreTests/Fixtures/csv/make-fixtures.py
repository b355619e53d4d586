#!/usr/bin/env python3
"""Writes the CSV fixtures: one small budget table in every encoding the reader accepts,
as Excel, WPS and other tools save it, plus bytes that are no text. Run from this folder."""
import codecs

rows = [
    "项目,预算数(万元),决算数（万元）,户数,备注",
    "基本支出,64.63,64.63,30,人员经费",
    '项目支出,"1,234.56",1234.00,72,"含""追加"",预算"',
    "走访慰问,３.６,3.60,72,—",
    "特殊家庭,12.30,,55,",
]
text = "\r\n".join(rows) + "\r\n"

def write(name, data):
    with open(name, "wb") as f:
        f.write(data)

write("budget.csv", text.encode("utf-8"))
write("budget-bom.csv", codecs.BOM_UTF8 + text.encode("utf-8"))
write("budget-utf16le.csv", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
write("budget-utf16be.csv", codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
write("budget-gb18030.csv", text.encode("gb18030"))
write("budget-tab.tsv", text.replace(",", "\t").replace('"1\t234.56"', "1234.56").encode("utf-8"))
write("budget-semicolon.csv", text.replace(",", ";").replace('"1;234.56"', "1234.56").encode("utf-8"))
# Invalid as UTF-8 (FF), as GB18030 (FF is no lead byte) and without a UTF-16 mark.
write("not-text.csv", b"A,B\n\xff\x81\x20,1\n")
