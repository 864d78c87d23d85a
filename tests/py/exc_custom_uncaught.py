# An uncaught custom exception: the last stderr line is "ClassName: message".
class InsufficientFunds(Exception):
    pass

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"balance {balance} is less than {amount}")
    return balance - amount

print(withdraw(100, 30))
print(withdraw(10, 30))
