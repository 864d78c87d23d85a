# Literal, singleton and value patterns; captures and wildcards.

def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"
        case _:
            return "something else"


for v in [0, 1, 3, -1, 1.5, 2j, -3 + 4j, "hello", b"raw", None, True, False,
          1.0, 0.0, "Hello", [], 4]:
    print(repr(v), "->", describe(v))

# True matches by identity, 1 by equality: 1 == True, but 1 is not True.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched 1")

match True:
    case 1:
        print("True == 1 matches the literal 1")

# A capture binds the subject; _ binds nothing.
match [1, 2]:
    case whole:
        print("captured", whole)
print(whole)

match 42:
    case _:
        print("wildcard")
try:
    _
except NameError as e:
    print(type(e).__name__, e)

# Names bound by a case that did not match stay unbound or keep old values.
a = "old"
match (1, 2):
    case (a, 3):
        print("no")
    case (b, 2):
        print("b is", b)
print("a is", a)

# The subject is evaluated once.
def subject():
    print("evaluating the subject")
    return 5

match subject():
    case 1:
        pass
    case 2:
        pass
    case 5:
        print("five")

# No case matches: nothing happens.
match "zzz":
    case "a":
        print("a")
print("after the match")
