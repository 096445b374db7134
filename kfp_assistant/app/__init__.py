"""App: the user's side, the top stage; everything goes through the Assistant facade. The `kfp` CLI
(cli.py with cli_records.py, cli_compare.py, cli_eval.py; cli_common.py what they share) takes
commands and prints text or stable JSON. The web app in Swedish: web.py serves (FastAPI, security
headers, login.py) the Gradio Blocks of ui.py (tabs in ui_chat.py, ui_compare.py, ui_tabs.py), whose
logic lives in modules without gradio (chat.py, compare_view.py, activities.py, documents.py);
routes.py serves the plan viewer (viewer.py), original files and downloads; render.py escapes every
piece of plan text shown."""
