# Corners of assignment targets that are legal but rarely seen
() = []            # unpacking an empty sequence into no names
[] = ()
[a] = (b,) = ["x"]
(c) = d = 1
((e)) = 2
[f, (g)] = 3, 4
*h, = []


def lookup():
    return {"slot": [0, 0]}


objects = {"k": lookup()}
objects.get("k")["slot"][0] = 5
lookup()["slot"] = None
class Slot: pass
max(Slot() for _ in "a").filled = True
pair: tuple = *"ab", *"cd"
line: str = "y"
print(a, b, c, d, e, f, g, h, objects, pair, line)
