def log_calls(fn):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper

def validate_positive(fn):
    def wrapper(self, amount):
        if amount <= 0:
            print("rejected", amount)
            return self
        return fn(self, amount)
    return wrapper

class Wallet:
    def __init__(self):
        self.coins = 0
    @log_calls
    @validate_positive
    def add(self, amount):
        self.coins += amount
        return self
    @log_calls
    def spend(self, amount):
        self.coins -= amount
        return self
    @staticmethod
    def rate():
        return 3
    @classmethod
    def with_coins(cls, n):
        w = cls()
        w.coins = n
        return w
w = Wallet()
w.add(5).add(-2).spend(3).add(10)
print(w.coins, Wallet.rate(), w.rate())
w2 = Wallet.with_coins(42)
print(type(w2).__name__, w2.coins)
