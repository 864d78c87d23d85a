# An uncaught UnboundLocalError: exit status 1, last stderr line names the variable.
total = 0

def add_to_total(n):
    total = total + n
    return total

print("start")
add_to_total(5)
print("not reached")
