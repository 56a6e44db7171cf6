prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
cart = ["apple", "milk", "bread", "cheese"]
total = 0
for item in cart:
    total += prices[item]
    print(f"{item}: {prices[item]:.2f} running {total:.2f}")
