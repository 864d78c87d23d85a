# del with nested tuple and list targets, and in loops
matrix = [[1, 2, 3], [4, 5, 6]]
a, b, c = "abc"
del (a, [b, c])
del matrix[0][1], matrix[1][::2]
print(matrix)

registry = {"alpha": 1, "beta": 2, "gamma": 3}
for key in list(registry):
    if key.startswith("b"):
        del registry[key]
print(registry)

class Node:
    next = None
node = Node()
node.next = Node()
del node.next.next, node.next
