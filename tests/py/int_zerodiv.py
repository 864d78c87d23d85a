# ZeroDivisionError messages for every operator that can divide by zero.
def attempt(label, f):
    try:
        f()
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)

attempt("int /", lambda: 1 / 0)
attempt("int //", lambda: 1 // 0)
attempt("int %", lambda: 1 % 0)
attempt("divmod", lambda: divmod(1, 0))
attempt("float /", lambda: 1.0 / 0)
attempt("float //", lambda: 1.0 // 0.0)
attempt("float %", lambda: 1.0 % 0.0)
attempt("float divmod", lambda: divmod(1.0, 0.0))
attempt("big /", lambda: 2 ** 100 / 0)
attempt("big //", lambda: 2 ** 100 // 0)
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("bool", lambda: 5 / False)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented", e)
print(x)
