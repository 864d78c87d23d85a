# classes.py: defining your own types.
#
# A class bundles data (attributes) with the functions that use it
# (methods).  __init__ sets up a new object; self is that object.


class BankAccount:
    interest_rate = 0.02                 # shared by every account

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount

    def add_interest(self):
        self.balance += self.balance * self.interest_rate

    def __repr__(self):                  # what print() shows
        return f"BankAccount({self.owner!r}, {self.balance:.2f})"


class SavingsAccount(BankAccount):       # inherits everything above
    interest_rate = 0.05                 # ...but overrides this


acct = BankAccount("Ada", 100)
acct.deposit(50)
acct.add_interest()
savings = SavingsAccount("Alan", 100)
savings.add_interest()
print(acct)
print(savings)
try:
    acct.deposit(-5)
except ValueError as err:
    print("error:", err)
