# Less common str methods and behaviours: chaining, immutability, str() of str subclass.
s = "Hello"
t = s.upper()
print(s, t, s is not t)
print(" X ".strip().lower().center(5, "*"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, m.shout(), type(m).__name__, type(m + "x").__name__, isinstance(m, str))
print(str.join("-", ["a", "b"]), str.__len__("abc"), str.lower("ABC"))
print("abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("c"), "ab".__mul__(2))
print(sorted(["b10", "a2", "b9"], key=str.lower))
print(callable("".join), type("".join).__name__)
