# Names next to real match statements: the same words as names and keywords
match = {"case": 1}
case = ["match"]

match match:
    case {"case": case}:
        print("captured case:", case)

match case:
    case [match]:
        print("captured match:", match)
    case _:
        case = 3
        match = case
        match(case) if False else None
        match.x if False else None

def f(match, case):
    match match:
        case case.attr:
            pass
        case _:
            match = 1
    return match

match(case)
match[0]
_ = match
print(_)
