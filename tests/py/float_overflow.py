# OverflowError messages from float operations and conversions.
def attempt(label, f):
    try:
        print(label, f())
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)

attempt("pow", lambda: 10.0 ** 400)
attempt("pow int", lambda: 2.0 ** 5000)
attempt("mul", lambda: 1e200 * 1e200)
attempt("int to float", lambda: float(10 ** 400))
attempt("int / int", lambda: 10 ** 400 / 1)
attempt("int / int small", lambda: 10 ** 400 / 10 ** 399)
attempt("int + float", lambda: 10 ** 400 + 1.0)
attempt("neg pow", lambda: (-2.0) ** 0.5)
attempt("exp big", lambda: 1e308 + 1e308)
attempt("from str", lambda: float("1e309"))
attempt("float inf int", lambda: int(float("-inf")))
attempt("round big", lambda: round(1e300))
attempt("pow3", lambda: pow(1e10, 100))
