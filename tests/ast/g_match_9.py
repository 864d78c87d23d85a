# Match statements nested in functions, loops, classes and other cases
class Interpreter:
    def __init__(self):
        self.stack = []

    def step(self, op, *args):
        match op:
            case "push":
                match args:
                    case [value]:
                        self.stack.append(value)
                    case _:
                        raise TypeError("push takes one value")
            case "add":
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(a + b)
            case "print": print(self.stack[-1])
            case "nop": pass
            case "dup":
                self.stack.append(self.stack[-1]); return

vm = Interpreter()
for instruction in [("push", 1), ("push", 2), ("add",), ("print",)]:
    match instruction:
        case (op, *args):
            vm.step(op, *args)
    if vm.stack:
        match vm.stack[-1]:
            case 3: break
