class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available
        super().__init__(needed, available)
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
    @property
    def shortfall(self):
        return self.needed - self.available
class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise InsufficientFunds(amt, self.bal)
        self.bal -= amt
        return self.bal
acct = Account(100)
for amt in [30, 50, 40, 20]:
    try:
        print("left", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("failed:", e, "| short by", e.shortfall, "| args", e.args)
errors = []
for amt in [500, 5]:
    try:
        acct.withdraw(amt)
    except InsufficientFunds as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors], acct.bal)
