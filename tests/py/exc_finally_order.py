# The order in which try, except, else and finally bodies run, shown by prints.
def demo(kind):
    print(f"-- {kind}")
    try:
        print("try")
        if kind == "error":
            raise RuntimeError("x")
        if kind == "return":
            return "returned"
    except RuntimeError:
        print("except")
        return "from except"
    else:
        print("else")
    finally:
        print("finally")
    print("after")
    return "fell through"
for k in ("ok", "error", "return"):
    print("result:", demo(k))
def generator_like():
    results = []
    for i in range(2):
        try:
            results.append(("try", i))
        finally:
            results.append(("finally", i))
    return results
print(generator_like())
