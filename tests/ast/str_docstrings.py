"""Module docstring."""


class C:
    '''Class docstring with 'quotes'.'''

    def method(self):
        """Method
        docstring spanning lines.
        """
        return r'raw\doc'


def f():
    u"unicode docstring"
    b"bytes are not docstrings"
