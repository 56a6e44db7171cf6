class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return self.RANKS.index(self.rank) * 4 + "SHDC".index(self.suit)
    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card("A", "S"), Card("K", "H"), Card("A", "S"), Card("2", "D"), Card("K", "H")]
uniq = set(hand)
print(len(uniq), sorted(uniq))
print(Card("A", "S") in uniq, Card("A", "H") in uniq)
counts = {}
for c in hand:
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].rank)))
print(Card("2", "C") == Card("2", "C"), Card("2", "C") != Card("3", "C"), Card("2", "C") == "2C")
print(max(hand), min(hand))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
