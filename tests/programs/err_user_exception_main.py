class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, only {have} left")

stock = {"apple": 5, "pear": 2}
def take(item, n):
    have = stock.get(item, 0)
    if n > have:
        raise OutOfStock(item, n, have)
    stock[item] = have - n
    return stock[item]

for item, n in [("apple", 3), ("pear", 1), ("apple", 1), ("pear", 4)]:
    print("took", n, item, "->", take(item, n))
