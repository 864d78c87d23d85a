# Expressions inside f-strings: calls, arithmetic, methods, lambdas, dicts.
def f(a, b=2):
    return a * b
xs = [3, 1, 2]
print(f"{f(3)} {f(3, b=5)} {sorted(xs)} {sum(x for x in xs)}")
print(f"{'abc'.upper()} {len('abcd')} {xs[-1]} {xs[1:]}")
print(f"{(lambda y: y + 1)(4)} {1 if xs else 0} {not xs}")
print(f"{'%d items' % len(xs)}")
n = 5
print(f"{n} squared is {n ** 2}, halved is {n / 2}")
print(F"upper F {n}", rf"raw \n {n}", fr"{n}\t")
print(f"multi" f"part {n}" "plain")
print(f"""triple {n}
second line {n + 1}""")
print(f"{'single'}", f'{"double"}', f"{n!r:>{n}}")
