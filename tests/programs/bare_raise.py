print("start")
raise
