# The dis module: dis.dis of functions, classes and source, get_instructions, Bytecode.
import dis
def f(a, b=2):
    if a > b:
        return [a, b]
    return a + b
dis.dis(f)
for ins in dis.get_instructions(f):
    print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line, ins.is_jump_target)
print(list(dis.get_instructions(f))[1])
bc = dis.Bytecode(f)
print(bc.dis() == "".join([]) or bc.dis()[:60])
dis.dis("x = 1\ny = x + 2")
class C:
    def m(self):
        return self
    def n(self, k):
        return k
dis.dis(C)
print(list(dis.findlinestarts(f.__code__)))
print(dis.opname[100], dis.opmap["LOAD_CONST"])
