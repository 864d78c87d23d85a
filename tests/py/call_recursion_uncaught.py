# Uncaught RecursionError: exit status 1 and the message as the last stderr line.
def countdown(n):
    if n == -1:
        return "never"
    return countdown(n + 1)

print("starting")
print(countdown(0))
print("not reached")
x = 1
