# Class bodies are not enclosing scopes for functions or comprehensions inside them.
class A:
    x = 5
    y = x * 2
    first = [x] * 2
    try:
        listed = [x for _ in range(2)]
    except NameError as e:
        print("comprehension:", type(e).__name__, e)
    outer_iter = [v * 10 for v in range(x)]
    def method(self):
        try:
            return x
        except NameError as e:
            return f"{type(e).__name__}: {e}"
    def method_ok(self):
        return A.x, self.x
print(A.y, A.first, A.outer_iter)
print(A().method())
print(A().method_ok())
x = "global x"
class B:
    x = "class x"
    def m(self):
        return x
    gen = list(x for _ in range(1))
print(B().m(), B.gen)
class C:
    z = 1
    z = z + 1
print(C.z)
