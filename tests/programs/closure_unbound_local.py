total = 10
def add_to_total(x):
    print("adding", x)
    total = total + x
    return total
print("total is", total)
add_to_total(5)
