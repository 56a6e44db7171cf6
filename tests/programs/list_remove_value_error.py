todo = ["wash", "cook", "read"]
for item in ["cook", "wash"]:
    todo.remove(item)
    print("removed", item, "left", todo)
todo.remove("sleep")
