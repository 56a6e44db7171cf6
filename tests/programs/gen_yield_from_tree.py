class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
def preorder(n):
    yield n.val
    for c in n.children:
        yield from preorder(c)
def postorder(n):
    for c in n.children:
        yield from postorder(c)
    yield n.val
def leaves(n):
    if not n.children:
        yield n.val
    for c in n.children:
        yield from leaves(c)
tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
print(list(preorder(tree)))
print(list(postorder(tree)))
print(list(leaves(tree)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def inner():
    x = yield "first"
    print("inner got", x)
    return "inner-done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "last"
g = outer()
print(next(g))
print(g.send("hello"))
