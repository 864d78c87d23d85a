# Run-time errors raised inside f-strings.
x = 5
try:
    print(f"{x:d} {x:q}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f"{x:{'bad spec'}}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{1 / 0}")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(f"{[1][5]}")
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(f"{x:.2s}")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{x:>{x}}|done")
