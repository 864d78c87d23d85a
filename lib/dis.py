"""Disassembler of Python byte code into mnemonics (CPython 3.11's dis).

The text comes from minipy's disassembler in C (the _dis module), the one
`minipy --dis` prints with, so that dis.dis() shows what `python3 -m dis`
shows for the same code.
"""

import sys
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "opname", "opmap", "HAVE_ARGUMENT"]

opname = _dis.opname
opmap = _dis.opmap
HAVE_ARGUMENT = _dis.HAVE_ARGUMENT

_have_code = (type((lambda: None).__code__),)


def _get_code_object(x):
    """The code object of a function, method, generator, class body or source."""
    if hasattr(x, "__func__"):          # a bound method
        x = x.__func__
    if hasattr(x, "__code__"):          # a function
        x = x.__code__
    elif hasattr(x, "gi_code"):         # a generator
        x = x.gi_code
    elif hasattr(x, "ag_code"):         # an asynchronous generator
        x = x.ag_code
    elif hasattr(x, "cr_code"):         # a coroutine
        x = x.cr_code
    if isinstance(x, str):
        x = compile(x, "<disassembly>", "exec")
    if isinstance(x, _have_code):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _write(text, file):
    (sys.stdout if file is None else file).write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code and source.

    With no argument, disassemble the last traceback.
    """
    if show_caches or adaptive:
        raise NotImplementedError("minipy's dis does not show caches or adaptive code")
    if x is None:
        distb(file=file)
        return
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    if hasattr(x, "__dict__") and not isinstance(x, _have_code):
        # A class or module: each of its functions and code objects, by name.
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, (classmethod, staticmethod)):
                x1 = x1.__func__
            if hasattr(x1, "__code__") or isinstance(x1, (_have_code, type)):
                _write("Disassembly of %s:\n" % name, file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    _write("Sorry: %s\n" % msg, file)
                _write("\n", file)
        return
    code = _get_code_object(x)
    if depth is not None and depth <= 0:
        _write(_dis.disassemble(code), file)
    elif depth is not None:
        _write(_dis.disassemble(code), file)
        for const in code.co_consts:
            if isinstance(const, _have_code):
                _write("\nDisassembly of %r:\n" % (const,), file)
                dis(const, file=file, depth=depth - 1)
    else:
        _write(_dis.dis(code), file)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (the last one by default)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    _write(_dis.disassemble(tb.tb_frame.f_code, tb.tb_lasti), file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object, marking the instruction at lasti."""
    _write(_dis.disassemble(co, lasti), file)


disco = disassemble


class Positions(tuple):
    """Where an instruction came from: lineno, end_lineno, col_offset, end_col_offset."""
    __slots__ = ()
    _fields = ("lineno", "end_lineno", "col_offset", "end_col_offset")

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return "Positions(lineno=%r, end_lineno=%r, col_offset=%r, end_col_offset=%r)" % self


class Instruction(tuple):
    """Details for a bytecode operation, as CPython's dis.Instruction."""
    __slots__ = ()
    _fields = ("opname", "opcode", "arg", "argval", "argrepr", "offset",
               "starts_line", "is_jump_target", "positions")

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset, starts_line,
                is_jump_target, positions=None):
        return tuple.__new__(cls, (opname, opcode, arg, argval, argrepr, offset,
                                   starts_line, is_jump_target, positions))

    opname = property(lambda self: self[0])
    opcode = property(lambda self: self[1])
    arg = property(lambda self: self[2])
    argval = property(lambda self: self[3])
    argrepr = property(lambda self: self[4])
    offset = property(lambda self: self[5])
    starts_line = property(lambda self: self[6])
    is_jump_target = property(lambda self: self[7])
    positions = property(lambda self: self[8])

    def __repr__(self):
        return ("Instruction(opname=%r, opcode=%r, arg=%r, argval=%r, argrepr=%r, "
                "offset=%r, starts_line=%r, is_jump_target=%r, positions=%r)" % self)


def _instructions(code, line_offset=0):
    for t in _dis.instructions(code):
        starts = t[6] + line_offset if t[6] is not None else None
        yield Instruction(*t[:6], starts, t[7], Positions(*t[8]))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the instructions of a function, method, code or source."""
    co = _get_code_object(x)
    offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _instructions(co, offset)


def findlinestarts(code):
    """(offset, lineno) for each offset where a new line starts."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def findlabels(code):
    """The offsets that are jump targets."""
    return [i.offset for i in _instructions(code) if i.is_jump_target]


class Bytecode:
    """The bytecode of a function, method, code object or source.

    Iterating gives Instruction objects; dis() gives the text of dis.dis().
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def dis(self):
        """The disassembly, as dis.dis() prints it."""
        lasti = -1 if self.current_offset is None else self.current_offset
        return _dis.disassemble(self.codeobj, lasti)

    def info(self):
        raise NotImplementedError("minipy's dis has no code_info yet")


def code_info(x):
    raise NotImplementedError("minipy's dis has no code_info yet")


def show_code(co, *, file=None):
    raise NotImplementedError("minipy's dis has no show_code yet")


def _test():
    """python -m dis FILE: disassemble a source file."""
    import sys as _sys
    if len(_sys.argv) > 1:
        with open(_sys.argv[1], "rb") as f:
            source = f.read()
        code = compile(source, _sys.argv[1], "exec")
    else:
        code = compile(_sys.stdin.read(), "<stdin>", "exec")
    dis(code)


if __name__ == "__main__":
    _test()
