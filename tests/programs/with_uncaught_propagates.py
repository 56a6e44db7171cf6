class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, "error" if et else "ok")
        return False
with Resource("a"):
    print("using a")
with Resource("b"):
    with Resource("c"):
        print("using c")
        items = [1, 2, 3]
        print(items[10])
