# Augmented assignment to attributes and subscripts
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history += [("deposit", amount)]

    def withdraw(self, amount):
        self.balance -= amount
        self.history += [("withdraw", amount)]


acct = Account(50)
acct.deposit(25)
acct.withdraw(10)
counts = {"a": 0, "b": 0}
for ch in "abbab":
    counts[ch] += 1
totals = [1, 2, 3]
totals[-1] *= 10
totals[0] **= 3
print(acct.balance, acct.history, counts, totals)
