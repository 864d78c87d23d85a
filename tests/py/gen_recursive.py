# Recursive generators: walking trees and producing permutations.

class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        # pre-order traversal, delegating to the children
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b", Node("b1", Node("deep"))))
print(list(tree))
for depth, value in tree.depth_first():
    print("  " * depth + value)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest

print(["".join(p) for p in permutations("abc")])

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sorted(subsets([1, 2, 3])))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(3, "A", "C", "B"))
print(len(moves), moves[:3])

# Deep delegation works within the recursion limit
def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)

print(list(deep(200)))
