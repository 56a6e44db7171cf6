class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Wallet:
    def __init__(self, amount):
        self.amount = amount
    def spend(self, x):
        if x > self.amount:
            raise InsufficientFunds(x, self.amount)
        self.amount -= x
        print("spent", x, "left", self.amount)
w = Wallet(20)
for cost in [5, 10, 8]:
    w.spend(cost)
