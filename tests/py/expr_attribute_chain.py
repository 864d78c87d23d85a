# Attribute access chains on builtin values and simple objects.
print("  Mixed Case  ".strip().lower().replace(" ", "_").upper())
print((3.75).as_integer_ratio()[1].bit_length(), (255).to_bytes(2, "big").hex())
print([1, 2, 3].copy().__len__(), {"a": 1}.keys().__len__(), "x".join("ab").center(7, "."))
class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child
chain = Node(1, Node(2, Node(3)))
print(chain.value, chain.child.value, chain.child.child.value, chain.child.child.child)
chain.child.child.value = 30
print(chain.child.child.value)
try:
    chain.child.child.child.value
except AttributeError as e:
    print(type(e).__name__, e)
print(type(chain).__name__, chain.__class__.__name__, Node.__init__.__name__)
print((1).__class__.__name__, [].__class__.__class__.__name__)
