# export: the extension says the format; an option for another format is an error at it.
open ../data/台账
export 台账 to out/台账.xlsx            # expect error: 3:14: cannot export to 'out/台账.xlsx': the file must end in .csv, .txt, .md or .json
export 台账 to out/台账.json bom        # expect error: 4:26: 'bom' applies only to .csv exports, not .json
export 台账 to out/台账.txt encoding gbk  # expect error: 5:25: 'encoding' applies only to .csv exports, not .txt
export 台账 to out/台账.md numbers as text  # expect error: 6:24: 'numbers as text' applies only to .json exports, not .md
export 台账 to out/台账.json numbers as  # expect error: 7:36: expected 'text' after 'numbers as' (usage: export SHEET|* to FILE.csv|.txt|.md|.json [bom] [encoding utf-8|gb18030] [numbers as text])
export 台帐 to out/台账.md              # expect error: 8:8: no sheet named '台帐' (did you mean '台账'?)
export * to out/all.csv           # expect error: 9:13: exporting every sheet needs {sheet} in the file name, so that each gets its own file (export * to out/{sheet}.csv)
