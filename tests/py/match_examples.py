# Two small programs in the style of the notes: a command interpreter and
# a shape area calculator.
import math
from dataclasses import dataclass


def run(commands):
    """A tiny stack machine driven by text commands."""
    stack = []
    variables = {}
    for line in commands:
        match line.split():
            case ["push", value]:
                stack.append(int(value))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["store", name]:
                variables[name] = stack.pop()
            case ["load", name] if name in variables:
                stack.append(variables[name])
            case ["load", name]:
                print(f"error: {name} is not defined")
            case ["print", *words] if words:
                print(" ".join(words), stack)
            case ["print"]:
                print(stack)
            case []:
                pass
            case [cmd, *args]:
                print(f"unknown command {cmd!r} with {len(args)} argument(s)")
    return stack, variables


print(run(["push 2", "push 3", "add", "push 4", "mul", "print result:",
           "store x", "load x", "load y", "", "jump 3 4", "print"]))


@dataclass
class Circle:
    radius: float


@dataclass
class Rectangle:
    width: float
    height: float


@dataclass
class Triangle:
    a: float
    b: float
    c: float


def area(shape):
    match shape:
        case Circle(radius=r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(r):
            return math.pi * r ** 2
        case Rectangle(w, h) if w == h:
            print("  (a square)")
            return w * w
        case Rectangle(w, h):
            return w * h
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case {"kind": "circle", "r": r}:
            return area(Circle(r))
        case (w, h):
            return area(Rectangle(w, h))
        case _:
            raise TypeError(f"not a shape: {shape!r}")


for s in [Circle(1), Rectangle(2, 3), Rectangle(4, 4), Triangle(3, 4, 5),
          {"kind": "circle", "r": 2}, (5, 6), Circle(-1), "hexagon"]:
    try:
        print(f"{s!r}: {area(s):.3f}")
    except (ValueError, TypeError) as e:
        print(f"{s!r}: {type(e).__name__}: {e}")


# An expression evaluator over nested tuples.
def evaluate(expr):
    match expr:
        case int() | float() as n:
            return n
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("-", operand):
            return -evaluate(operand)
        case (op, *_):
            raise ValueError(f"unknown operator {op!r}")


print(evaluate(("+", 1, ("*", 2, ("-", 3)))))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(e)
