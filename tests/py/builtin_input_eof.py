# input() with an empty stdin raises EOFError; the prompt is still written to stdout.
try:
    line = input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    line = input("your name? ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print("after input")
x = 0
for i in range(3):
    x += i
print(x)
