# Comprehensions inside classes and functions
class Deck:
    suits = ["hearts", "spades"]
    ranks = ["A", "K", "Q"]
    cards = [(r, s) for s in suits for r in ["A", "K", "Q"]]

    def names(self):
        return [f"{r} of {s}" for r, s in self.cards]


def primes_below(n):
    return [p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


print(Deck().names(), primes_below(30))
