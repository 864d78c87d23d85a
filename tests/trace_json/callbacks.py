# Frames the program's code runs in when C code calls it (a sort key), a
# generator closed by a break (entered again to raise GeneratorExit), a
# class inside a class, and a class imported from another module (shown as
# a label, as Python Tutor shows imported objects).
from shapes import Square

words = ["pear", "fig", "apple"]
print(sorted(words, key=lambda w: len(w)))

def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("closed")

for x in numbers():
    break

class Outer:
    class Inner:
        v = 1
    w = Inner.v

print(Outer.w, Square is not None)
