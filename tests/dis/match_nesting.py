def outer(v):
    match v:
        case {"a": [x, *ys]} | {"b": (*ys, x)}:
            def inner():
                return x, ys
            return inner
        case Point(a, b=[c, d] | (c, d)) if c:
            return lambda: (a, c, d)

async def amain(q):
    async for item in q:
        match item:
            case ("msg", text):
                print(text)
            case ("stop",):
                break
            case _:
                continue

def loop(items):
    for it in items:
        try:
            match it:
                case int(i) if i < 0:
                    raise ValueError(i)
                case str() as s:
                    with open(s) as f:
                        match f.read().split():
                            case [first, *_]:
                                return first
        except ValueError:
            pass
    while True:
        match items:
            case []:
                break
            case [_, *rest]:
                items = rest

match 1:
    case {1: _, **rest} if rest:
        pass
    case [1, 2, *_, 3, 4] | [_, _, *_, 9]:
        pass
    case [[*a], [*b]] | [(*b,), [*a]]:
        pass
    case (1 as one) | (2 as one):
        pass
