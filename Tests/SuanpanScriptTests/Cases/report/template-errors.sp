# A template's mistakes are reported at the template's own line and column, then the
# report statement fails at its template word; no file is written.
A2 = 78.63万元
A3 = 72.19万元
report templates/unknown-name.txt to never.txt
# expect error: 2:8: unknown name '预算数'
# expect error: 5:8: the report was not written: template 'templates/unknown-name.txt' has an error at line 2
report templates/unclosed.txt to never.txt
# expect error: 3:4: '{{' without a closing '}}' on its line (write {{ "{{" }} for the braces themselves)
# expect error: 8:8: the report was not written: template 'templates/unclosed.txt' has an error at line 3
report templates/table-column.txt to never.txt
# expect error: 1:28: sheet 'Sheet1' has no column '决算'
# expect error: 11:8: the report was not written: template 'templates/table-column.txt' has an error at line 1
report templates/none.txt to never.txt
# expect error: 14:8: templates/none.txt: no such template
report templates/unclosed.txt never.txt
# expect error: 16:31: expected 'to' after the template (usage: report TEMPLATE to FILE[.txt|.md])
# Phrase helpers are functions, at the prompt as in templates.
CHANGETEXT(A2, A3, "较预算")   # expect: 较预算增加6.44万元，增长8.92%
GAPTEXT(RATE(A2, A3) - 35.63%, PROGRESS(3))   # expect: 低于序时进度1.71个百分点
SHARETEXT(A3, A2 + A3)   # expect: 占47.87%
