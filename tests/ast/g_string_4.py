# Docstrings on modules, classes and functions are expression statements
"""Module docstring: explains what this file is about."""


class Documented:
    """Class docstring."""

    def method(self):
        """Method docstring.

        With a second paragraph.
        """
        return self.method.__doc__.splitlines()[0]


def function():
    'single-quoted docstring'
    "a second string is just an expression"
    return function.__doc__


print(__doc__, Documented.__doc__, Documented().method(), function())
