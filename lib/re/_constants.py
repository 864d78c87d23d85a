"""Constants shared by re's parser and compiler and the _sre engine.

The opcode numbers are those of src/modules/_sre.c (minipy's own program
format; CPython's _sre runs a different one).
"""

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# Opcodes of the engine's program.
FAILURE = 0
MATCH = 1
CHAR = 2
CHAR_I = 3
NOT_CHAR = 4
NOT_CHAR_I = 5
ANY = 6
ANY_ALL = 7
SET = 8
BRANCH_OP = 9
JUMP = 10
SAVE = 11
AT_OP = 12
GROUPREF_OP = 13
GROUPREF_I = 14
GROUPREF_EXISTS_OP = 15
REPEAT_ONE = 16
REPEAT_INIT = 17
REPEAT_TEST = 18
REPEAT_NEXT = 19
ASSERT_OP = 20
ATOMIC = 21
SUCCEED = 22

# The items of a SET and its flags.
SET_LITERAL = 1
SET_RANGE = 2
SET_CATEGORY = 3
SET_NEGATE = 1
SET_IGNORE = 2

# Character categories (\d \D \s \S \w \W), ASCII first then Unicode.
CATEGORY_CODES = {
    'DIGIT': 0, 'NOT_DIGIT': 1, 'SPACE': 2, 'NOT_SPACE': 3, 'WORD': 4, 'NOT_WORD': 5,
}
UNICODE_OFFSET = 6

# Anchors.
AT_BEGINNING = 0
AT_BEGINNING_LINE = 1
AT_END = 2
AT_END_LINE = 3
AT_END_STRING = 4
AT_BOUNDARY = 5
AT_NON_BOUNDARY = 6
AT_UNI_BOUNDARY = 7
AT_UNI_NON_BOUNDARY = 8

# The nodes of a parsed pattern (the parser's tree), named as CPython's.
LITERAL = 'LITERAL'
NOT_LITERAL = 'NOT_LITERAL'
ANY_NODE = 'ANY'
IN = 'IN'
RANGE = 'RANGE'
CATEGORY = 'CATEGORY'
NEGATE = 'NEGATE'
BRANCH = 'BRANCH'
SUBPATTERN = 'SUBPATTERN'
MAX_REPEAT = 'MAX_REPEAT'
MIN_REPEAT = 'MIN_REPEAT'
POSSESSIVE_REPEAT = 'POSSESSIVE_REPEAT'
AT = 'AT'
GROUPREF = 'GROUPREF'
GROUPREF_EXISTS = 'GROUPREF_EXISTS'
ASSERT = 'ASSERT'
ASSERT_NOT = 'ASSERT_NOT'
ATOMIC_GROUP = 'ATOMIC_GROUP'

# Flags, with CPython's values.
SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256
