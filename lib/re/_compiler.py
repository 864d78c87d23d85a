"""The regular expression compiler: a parsed pattern to the program that
src/modules/_sre.c runs (a list of 32-bit words, see _constants.py, which
_sre.compile checks and packs into a _sre.Program).

Registers: group g's marks are 2*g and 2*g+1; then one for lastindex; then
a counter and a position for each general loop.
"""

import _sre
from . import _parser
from ._constants import *

_CHAR_NODES = (LITERAL, NOT_LITERAL, ANY_NODE, IN)
_INT32_MAX = 2**31 - 1


class _Program:
    def __init__(self, groups, istext):
        self.code = []
        self.nregs = 2 * groups + 1  # the marks, then lastindex
        self.istext = istext

    def newreg(self):
        self.nregs += 1
        return self.nregs - 1


def _lower(c, flags, istext):
    """The code point the engine compares a case-insensitive literal with."""
    if istext and not flags & SRE_FLAG_ASCII and c >= 128:
        low = chr(c).lower()
        return ord(low) if len(low) == 1 else c
    return c + 32 if 65 <= c <= 90 else c


def _unicode(flags, istext):
    return istext and not flags & SRE_FLAG_ASCII


def _emit_char(prog, op, av, flags):
    """One single-character node: a literal, '.', or a class."""
    code = prog.code
    ignore = flags & SRE_FLAG_IGNORECASE
    if op is LITERAL or op is NOT_LITERAL:
        if ignore:
            code += [CHAR_I if op is LITERAL else NOT_CHAR_I, _lower(av, flags, prog.istext)]
        else:
            code += [CHAR if op is LITERAL else NOT_CHAR, av]
    elif op is ANY_NODE:
        code.append(ANY_ALL if flags & SRE_FLAG_DOTALL else ANY)
    else:  # IN
        setflags = SET_IGNORE if ignore else 0
        start = len(code)
        code += [SET, 0, 0]
        offset = UNICODE_OFFSET if _unicode(flags, prog.istext) else 0
        for kind, value in av:
            if kind is NEGATE:
                setflags |= SET_NEGATE
            elif kind is LITERAL:
                code += [SET_LITERAL, value]
            elif kind is RANGE:
                code += [SET_RANGE, value[0], value[1]]
            else:  # CATEGORY
                code += [SET_CATEGORY, CATEGORY_CODES[value] + offset]
        code[start + 1] = setflags
        code[start + 2] = len(code)


def _single_char(p):
    """The one single-character node p consists of, or None."""
    if len(p) == 1 and p[0][0] in _CHAR_NODES:
        return p[0]
    return None


_AT = {
    'AT_BEGINNING_STRING': AT_BEGINNING,
    'AT_END_STRING': AT_END_STRING,
}


def _compile(prog, data, flags):
    code = prog.code
    for op, av in data:
        if op in _CHAR_NODES:
            _emit_char(prog, op, av, flags)
        elif op is BRANCH:
            jumps = []
            alternatives = av[1]
            for i, alt in enumerate(alternatives):
                if i < len(alternatives) - 1:
                    branch = len(code)
                    code += [BRANCH_OP, branch + 3, 0]
                    _compile(prog, alt, flags)
                    jumps.append(len(code))
                    code += [JUMP, 0]
                    code[branch + 2] = len(code)
                else:
                    _compile(prog, alt, flags)
            for j in jumps:
                code[j + 1] = len(code)
        elif op is SUBPATTERN:
            group, add_flags, del_flags, p = av
            if group:
                code += [SAVE, 2 * group]
            _compile(prog, p, (flags | add_flags) & ~del_flags)
            if group:
                code += [SAVE, 2 * group + 1]
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            _compile_repeat(prog, op, av, flags)
        elif op is AT:
            multiline = flags & SRE_FLAG_MULTILINE
            if av == 'AT_BEGINNING':
                kind = AT_BEGINNING_LINE if multiline else AT_BEGINNING
            elif av == 'AT_END':
                kind = AT_END_LINE if multiline else AT_END
            elif av in _AT:
                kind = _AT[av]
            else:
                uni = _unicode(flags, prog.istext)
                if av == 'AT_BOUNDARY':
                    kind = AT_UNI_BOUNDARY if uni else AT_BOUNDARY
                else:
                    kind = AT_UNI_NON_BOUNDARY if uni else AT_NON_BOUNDARY
            code += [AT_OP, kind]
        elif op is GROUPREF:
            code += [GROUPREF_I if flags & SRE_FLAG_IGNORECASE else GROUPREF_OP, av]
        elif op is GROUPREF_EXISTS:
            group, yes, no = av
            start = len(code)
            code += [GROUPREF_EXISTS_OP, group, 0]
            _compile(prog, yes, flags)
            if no:
                jump = len(code)
                code += [JUMP, 0]
                code[start + 2] = len(code)
                _compile(prog, no, flags)
                code[jump + 1] = len(code)
            else:
                code[start + 2] = len(code)
        elif op is ASSERT or op is ASSERT_NOT:
            direction, p = av
            width = 0
            if direction < 0:
                lo, hi = p.getwidth()
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                width = lo
            start = len(code)
            code += [ASSERT_OP, 1 if direction < 0 else 0, 1 if op is ASSERT_NOT else 0, width, 0]
            _compile(prog, p, flags)
            code.append(SUCCEED)
            code[start + 4] = len(code)
        elif op is ATOMIC_GROUP:
            start = len(code)
            code += [ATOMIC, 0]
            _compile(prog, av, flags)
            code.append(SUCCEED)
            code[start + 1] = len(code)
        else:
            raise error('internal: unsupported operand type %r' % (op,))


def _compile_repeat(prog, op, av, flags):
    code = prog.code
    lo, hi, p = av
    if op is POSSESSIVE_REPEAT:
        # X*+ is (?>X*).
        start = len(code)
        code += [ATOMIC, 0]
        _compile_repeat(prog, MAX_REPEAT, av, flags)
        code.append(SUCCEED)
        code[start + 1] = len(code)
        return
    greedy = 1 if op is MAX_REPEAT else 0
    # The engine's words are signed 32-bit: a count past them is as good as
    # unbounded (no string is that long), a minimum past them never matches.
    engine_hi = -1 if hi >= _INT32_MAX else hi
    lo = min(lo, _INT32_MAX)
    node = _single_char(p)
    if node is not None:
        start = len(code)
        code += [REPEAT_ONE, lo, engine_hi, greedy, 0]
        _emit_char(prog, node[0], node[1], flags)
        code[start + 4] = len(code)
    elif lo == 0 and hi == 1:
        # X? needs no counter: a choice between X and nothing.
        start = len(code)
        code += [BRANCH_OP, 0, 0]
        _compile(prog, p, flags)
        body, end = start + 3, len(code)
        code[start + 1], code[start + 2] = (body, end) if greedy else (end, body)
    else:
        counter = prog.newreg()
        mark = prog.newreg()
        code += [REPEAT_INIT, counter]
        test = len(code)
        code += [REPEAT_TEST, counter, lo, engine_hi, greedy, 0]
        code += [SAVE, mark]
        _compile(prog, p, flags)
        code += [REPEAT_NEXT, counter, mark, lo, test, 0]
        code[test + 5] = code[-1] = len(code)


def _assemble(pattern, flags):
    """Parses and compiles pattern: returns (words, nregs, nmarks, parsed
    pattern), what _sre.compile takes (tests/unit/test_sre.c feeds it these
    words, altered)."""
    p = _parser.parse(pattern, flags)
    prog = _Program(p.state.groups, isinstance(pattern, str))
    _compile(prog, p, p.state.flags)
    prog.code.append(MATCH)
    # Two marks per group, group 0's included (state.groups counts it).
    return prog.code, prog.nregs, 2 * p.state.groups, p


def compile(pattern, flags):
    """Parses and compiles pattern: returns (the engine's _sre.Program, parsed pattern)."""
    code, nregs, nmarks, p = _assemble(pattern, flags)
    return _sre.compile(code, nregs, nmarks), p
