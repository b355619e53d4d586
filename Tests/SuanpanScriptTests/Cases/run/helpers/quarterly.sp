# A script with a parameter: prints what it computed.
param quarter = 4
进度 = PROGRESS(quarter)
进度
"第" & quarter & "季度"
