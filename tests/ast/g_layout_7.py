# Deep nesting closed by several dedents at once
def walk(tree, depth=0):
    for key, value in tree.items():
        if isinstance(value, dict):
            if value:
                for sub in value:
                    if sub.startswith("_"):
                        while False:
                            pass
            walk(value, depth + 1)
    return depth


class Outer:
    class Middle:
        class Inner:
            def method(self):
                if True:
                    return "deep"
print(walk({"a": {"_b": {}}}), Outer.Middle.Inner().method())
