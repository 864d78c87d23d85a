# Shadowing builtins globally and locally, then restoring by del.
print(len("abc"), max(1, 2))
def len(x):
    return "my len"
print(len("abc"))
del len
print(len("abc"))
list = [1, 2, 3]
try:
    list("abc")
except TypeError as e:
    print(type(e).__name__, e)
del list
print(list("ab"))
def local_shadow():
    print = lambda *a: None
    print("silent")
    return "returned"
print(local_shadow())
import builtins
print(builtins.len("xyz"), builtins.max is max)
sum = 0
for i in range(3):
    sum += i
print(sum)
del sum
print(sum([1, 2]))
str = "oops"
print(type(5).__name__, repr(str))
del str
print(str(5))
