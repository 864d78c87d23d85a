# Nested classes and classes defined inside functions
class Outer:
    class Inner:
        class Deepest:
            level = 3

        level = 2

    level = 1

    def make_local(self):
        class Local:
            def __repr__(self):
                return "<Local>"
        return Local()


print(Outer.level, Outer.Inner.level, Outer.Inner.Deepest.level, Outer().make_local())
class Tiny: x = 1; y = 2
class Nothing: pass
print(Tiny.x + Tiny.y, Nothing)
