# Tuples after 'with' versus parenthesized items
from contextlib import nullcontext

first = nullcontext(1)
second = nullcontext(2)

with (first, second) as pair:
    print(pair)

with (first):
    print("one parenthesized item")

with (first, second,):
    print("trailing comma")

with nullcontext((1, 2)) as (a, b):
    print(a, b)

with nullcontext([3, [4, 5]]) as [c, [d, e]]:
    print(c, d, e)
