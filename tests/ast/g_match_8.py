# Subjects: names, calls, tuples without parentheses, starred items, walrus
import re

def parse(line):
    match re.match(r"(\w+)=(\d+)", line):
        case None:
            return None
        case m:
            return m.group(1), int(m.group(2))

def pair(a, b, rest):
    match a, b:
        case 0, 0:
            print("both zero")
    match a, *rest:
        case [x, *ys]:
            print(x, ys)
    match a,:
        case (x,):
            print(x)
    match (a, b):
        case _: pass
    match total := a + b:
        case 0: print("nothing")
        case _: print(total)
    match -a:
        case 1: pass
    match [a, b][0] if a else b:
        case 1: pass
    match not a:
        case True: pass

print(parse("x=1"))
