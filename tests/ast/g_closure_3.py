# A bank account built only from closures
def open_account(balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("+", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        history.append(("-", amount))
        return balance

    def report():
        return balance, tuple(history)

    return deposit, withdraw, report


dep, wd, rep = open_account(100)
dep(50); wd(30)
print(rep())
