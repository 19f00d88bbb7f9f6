"""Reports a department signs and sends upward: the analytical report (PDF, DOCX) and the monitoring form (XLSX).

`model` holds the plain data every format is written from; `collect` builds it from a profile (now or as of
a past moment, from the change log); `pdf`, `docx` and `xlsx` each write one format; `service.make_report`
is what the command line and the window call, with progress and cancel.
"""
