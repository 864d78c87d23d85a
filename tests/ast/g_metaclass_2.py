# Building classes with type() and __prepare__
Point = type("Point", (), {"x": 0, "y": 0, "__repr__": lambda self: f"P({self.x}, {self.y})"})
print(Point())


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"order": []}

    def __new__(mcls, name, bases, ns, **kw):
        ns["fields"] = [k for k in ns if not k.startswith("__") and k != "order"]
        return super().__new__(mcls, name, bases, ns)


class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2


print(Record.fields)
