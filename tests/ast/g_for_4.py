# Loop targets that are attributes and subscripts
class Cursor:
    pos = 0


cur = Cursor()
for cur.pos in range(3):
    print("cursor at", cur.pos)

slots = [None, None]
for slots[0] in "ab":
    print(slots)

pair = {}
for pair["k"], pair["v"] in [("a", 1)]:
    print(pair)
