# with targets that are attributes, subscripts and starred tuples
from contextlib import nullcontext


class Holder:
    pass


h = Holder()
slots = [None]
with nullcontext("value") as h.attr:
    print(h.attr)
with nullcontext("item") as slots[0]:
    print(slots)
with nullcontext((1, 2, 3)) as (head, *tail):
    print(head, tail)
with nullcontext() as h.a, nullcontext() as slots[0]:
    pass
