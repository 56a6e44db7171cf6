class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "2.0.0"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") < Version("1.2.0"), Version("1.0") == Version("1.0"))
print(Version("3.1") > Version("3.0"), Version("1.1") >= Version("1.1"))
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, o):
        return (self.RANKS.index(self.rank), self.suit) < (self.RANKS.index(o.rank), o.suit)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in ["Ks", "2h", "Ad", "Tc", "2c", "9s"]]
hand.sort()
print(hand)
print(sorted(hand, reverse=True)[:2])
