# Line events while matching: each case's pattern line, then the body.
import sys


def classify(v):
    match v:
        case [x, y]:
            return "pair"
        case {"k": k}:
            return "map"
        case int(n) if n > 3:
            return "big"
        case _:
            return "other"


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "classify":
        events.append((event, frame.f_lineno - classify.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
for v in [[1, 2], {"k": 0}, 5, 1]:
    classify(v)
sys.settrace(None)
for e in events:
    print(*e)
