"""Reading a district's own Word or Excel roadmap into a profile's roadmap.

`readers` turns a .docx/.xlsx file into a neutral `grid.Document`; `detector` finds the roadmap
table(s) in it by meaning; `metadata` reads the title, period and approving order from the text
around it; `service` writes the result into the profile. Deadlines are read by `app.deadlines`.
"""
