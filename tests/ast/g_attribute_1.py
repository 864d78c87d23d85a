# Attribute access chains
import os.path
import collections


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent


root = Node("root")
child = Node("child", root)
grandchild = Node("grandchild", child)
print(grandchild.parent.parent.value)
print(os.path.sep, os.path.join.__name__, collections.OrderedDict.__mro__[1].__name__)
print("abc".upper().lower().__class__.__name__)
print(child.parent.value.title().encode().decode().__len__())
