#!/usr/bin/env python3
"""Regenerate the .xlsx fixtures of XLSXReaderTests and XLSXBadInputTests.

Requirements (Debian): apt-get install -y libreoffice-calc-nogui ; pip install openpyxl

Files written beside this script
  openpyxl-budget.xlsx      written by openpyxl: two sheets with Chinese names and an empty
                            one; shared strings, 2-decimal figures, integers, booleans,
                            errors, dates (built-in and custom formats, one with a time),
                            a time-only cell, formulas without cached values (openpyxl
                            computes nothing) and a `_xlfn.XLOOKUP` (patched into the XML:
                            openpyxl does not add the prefix). openpyxl 3.1 writes every
                            text as an inline string (`t="inlineStr"`).
  libreoffice-budget.xlsx   openpyxl-budget.xlsx opened and saved again by LibreOffice
                            (whose texts are shared strings, some as rich-text runs)
                            (`soffice --headless --convert-to xlsx`), with a profile that
                            recalculates on load, so every formula carries a cached value
                            and the styles and relationships are LibreOffice's own.
  crafted.xlsx              written by hand here, for what neither writer produces: shared
                            formulas, rich-text shared strings with phonetic runs, `t="str"`
                            and `t="d"` cells, cells and rows without `r=`, the 1904 date
                            system, a custom date format with quoted Chinese literals, a
                            `[h]:mm:ss` duration, binary-float noise (`0.30000000000000004`),
                            relationship targets that are absolute or oddly named.
  bad-*.xlsx                refused input: a truncated archive, a truncated part, a part
                            whose compressed bytes are damaged, corrupt XML, missing parts, a sheet
                            reference off Excel's grid, a zip bomb declared honestly
                            (ratio), one whose headers understate its size (counted while
                            extracting), one that declares 3 GiB.
  not-a-zip.xlsx            a text file with the wrong extension.

Run:  python3 make-xlsx-fixtures.py
"""
import datetime
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

RECALC_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def out(name):
    return os.path.join(HERE, name)


def budget_workbook():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出"
    ws.append(["项目", "预算数(万元)", "决算数(万元)", "执行率", "备注", 2022, None, "核对"])
    rows = [
        ("基本支出", 12.30, 10.5, "=C2/B2", "人员经费", 1, None, True),
        ("项目支出", 1234.56, 1000, "=C3/B3", "#DIV/0!", 2, None, False),
        ("其他支出", 0.1, 0.30000000000000004, "=IFERROR(C4/0,\"-\")", None, 3, None, None),
        ("合计", "=SUM(B2:B4)", "=SUM(C2:C4)", "=C5/B5", "含税", 4, None, None),
    ]
    for row in rows:
        ws.append(list(row))
    for cell in ("B2", "B3", "B4", "C2", "C3", "C4"):
        ws[cell].number_format = "0.00"
    ws["E3"].data_type = "e"

    dates = wb.create_sheet("日期")
    dates.append(["名称", "日期"])
    dates.append(["内置14", datetime.date(2022, 9, 30)])
    dates["B2"].number_format = "mm-dd-yy"  # built-in id 14
    dates.append(["自定义", datetime.date(2022, 12, 31)])
    dates["B3"].number_format = 'yyyy"年"m"月"d"日"'
    dates.append(["带时间", datetime.datetime(2022, 6, 30, 15, 30)])
    dates["B4"].number_format = "yyyy-mm-dd hh:mm"
    dates.append(["仅时间", 0.5])
    dates["B5"].number_format = "h:mm"
    dates.append(["百分比", 0.25])
    dates["B6"].number_format = "0.00%"
    dates.append(["引用", "='支出'!B2"])
    dates.append(["查找", '=XLOOKUP("项目支出",支出!A2:A5,支出!B2:B5)'])

    wb.create_sheet("空白")
    return wb


def patch_part(path, part, edit):
    """Rewrite one part of a zip through `edit(text) -> text`."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == part:
                data = edit(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data, zipfile.ZIP_DEFLATED)
    os.replace(tmp, path)


def write_openpyxl():
    path = out("openpyxl-budget.xlsx")
    budget_workbook().save(path)

    def sheet2(xml):
        return xml.replace("<f>XLOOKUP(", "<f>_xlfn.XLOOKUP(")

    patch_part(path, "xl/worksheets/sheet2.xml", sheet2)


def write_libreoffice():
    work = tempfile.mkdtemp(prefix="xlsx-fixtures-")
    try:
        profile = os.path.join(work, "profile")
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(RECALC_XCU)
        src = os.path.join(work, "src")
        os.makedirs(src)
        shutil.copy(out("openpyxl-budget.xlsx"), os.path.join(src, "libreoffice-budget.xlsx"))
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + profile, "--headless",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work,
             os.path.join(src, "libreoffice-budget.xlsx")],
            check=True, capture_output=True, env=env, timeout=600)
        shutil.copy(os.path.join(work, "libreoffice-budget.xlsx"), out("libreoffice-budget.xlsx"))
    finally:
        shutil.rmtree(work)


NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def crafted_parts(sheet_xml, date1904=False):
    """A one-sheet workbook named 收入 whose worksheet part is `sheet_xml`."""
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook {NS} {RNS}>{pr}<sheets><sheet name="收入" sheetId="1" r:id="rId7"/></sheets></workbook>""",
        "xl/_rels/workbook.xml.rels": f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="{REL}/worksheet" Target="/xl/sheets/income.xml"/>
<Relationship Id="rId8" Type="{REL}/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId9" Type="{REL}/styles" Target="styles.xml"/>
</Relationships>""",
        "xl/strings.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<sst {NS} count="3" uniqueCount="3">
<si><t>科目</t></si>
<si><r><rPr><b/></rPr><t>补助</t></r><r><t xml:space="preserve"> 收入</t></r><rPh sb="0" eb="2"><t>ぶじょ</t></rPh></si>
<si><t>金额</t></si>
</sst>""",
        "xl/styles.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet {NS}>
<numFmts count="2"><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="171" formatCode="[h]:mm:ss"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="170" applyNumberFormat="1"/><xf numFmtId="171"/><xf numFmtId="4"/></cellXfs>
</styleSheet>""",
        "xl/sheets/income.xml": sheet_xml,
    }


CRAFTED_SHEET = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet {NS}><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="inlineStr"><is><t>两倍</t></is></c><c r="D1" t="str"><v>月份</v></c><c r="E1" t="inlineStr"><is><t>噪声</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="3"><v>100.50</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">B2*2+$B$2+SUM(B$2:B2)</f><v>402</v></c><c r="D2" s="1"><v>44834</v></c><c r="E2"><v>0.30000000000000004</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><r><t>多</t></r><r><t>段</t></r></is></c><c r="B3"><v>-3</v></c><c r="C3"><f t="shared" si="0"/><v>192</v></c><c r="D3" t="d"><v>2022-09-30T00:00:00</v></c></row>
<row><c t="str"><f>A2&amp;"x"</f><v>补助 收入x</v></c><c><v>1E-3</v></c><c><f t="shared" si="0"/><v>198.003</v></c><c s="2"><v>1.25</v></c></row>
</sheetData></worksheet>"""


def write_zip(path, parts, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as z:
        for name, text in parts.items():
            z.writestr(name, text)


def write_crafted():
    write_zip(out("crafted.xlsx"), crafted_parts(CRAFTED_SHEET))
    sheet_1904 = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="2"><c r="A2" s="1"><v>43372</v></c></row></sheetData></worksheet>"""
    write_zip(out("crafted-1904.xlsx"), crafted_parts(sheet_1904, date1904=True))


def write_bad():
    good = crafted_parts(CRAFTED_SHEET)
    with open(out("crafted.xlsx"), "rb") as f:
        data = f.read()
    with open(out("bad-truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    with open(out("not-a-zip.xlsx"), "w") as f:
        f.write("项目,预算数\n基本支出,12.30\n")

    corrupt = dict(good)
    corrupt["xl/sheets/income.xml"] = CRAFTED_SHEET.replace("</row>\n<row r=\"3\">", "\n<row r=\"3\">", 1)
    write_zip(out("bad-corrupt-xml.xlsx"), corrupt)

    no_workbook = {k: v for k, v in good.items() if k != "xl/workbook.xml"}
    write_zip(out("bad-no-workbook.xlsx"), no_workbook)
    no_sheet = {k: v for k, v in good.items() if k != "xl/sheets/income.xml"}
    write_zip(out("bad-missing-sheet.xlsx"), no_sheet)

    cut = dict(good)
    cut["xl/sheets/income.xml"] = CRAFTED_SHEET[: CRAFTED_SHEET.index("<row r=\"3\">")]
    write_zip(out("bad-truncated-part.xlsx"), cut)

    # Damage the deflated bytes of the worksheet: the archive opens, the part does not inflate.
    with zipfile.ZipFile(out("crafted.xlsx")) as z:
        info = z.getinfo("xl/sheets/income.xml")
    damaged = bytearray(data)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + 40):
        damaged[i] ^= 0x5A
    open(out("bad-damaged-part.xlsx"), "wb").write(damaged)

    off_grid = dict(good)
    off_grid["xl/sheets/income.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet {NS}><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>"""
    write_zip(out("bad-off-grid.xlsx"), off_grid)

    entity = dict(good)
    entity["xl/strings.xml"] = """<?xml version="1.0"?>
<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>"""
    write_zip(out("bad-doctype.xlsx"), entity)

    # 64 MiB of zeros as the worksheet: about 64 KiB deflated, a ratio near 1000.
    zeros = b"\0" * (64 << 20)
    bomb = dict(good)
    with zipfile.ZipFile(out("bad-bomb-ratio.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in bomb.items():
            z.writestr(name, zeros if name == "xl/sheets/income.xml" else text)

    # The same bytes, but every header claims the worksheet expands to 1000 bytes.
    lie_sizes(out("bad-bomb-ratio.xlsx"), out("bad-bomb-lying.xlsx"), "xl/sheets/income.xml", 1000)
    # And the honest opposite: headers that claim 3 GiB (the content is small).
    write_zip(out("bad-declares-3gib.tmp"), good)
    lie_sizes(out("bad-declares-3gib.tmp"), out("bad-declares-3gib.xlsx"), "xl/sheets/income.xml", 3 << 30)
    os.remove(out("bad-declares-3gib.tmp"))


def lie_sizes(src, dst, part, size):
    """Copy a zip, overwriting the uncompressed size of `part` in both its headers."""
    data = bytearray(open(src, "rb").read())
    name = part.encode()
    with zipfile.ZipFile(src) as z:
        info = z.getinfo(part)
    local = info.header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 22, size)
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, size)
    open(dst, "wb").write(data)


if __name__ == "__main__":
    write_openpyxl()
    write_libreoffice()
    write_crafted()
    write_bad()
