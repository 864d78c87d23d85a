def f(x):
    match x:
        case 1:
            return "one"
        case [a, b]:
            return f"pair {a} {b}"
        case [a, *rest]:
            return f"head {a} rest {rest}"
        case {"k": v, **kw}:
            return f"map {v} {kw}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case int(n) if n > 10:
            return f"big {n}"
        case _:
            return "other"
for v in [1, [1, 2], [1, 2, 3], {"k": 1, "z": 2}, "hi", b"b", 42, 5, (1,)]:
    print(f(v))
