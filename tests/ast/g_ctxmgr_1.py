# Context managers with contextlib
from contextlib import contextmanager, suppress, ExitStack
import os


@contextmanager
def working_directory(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


@contextmanager
def indent(level=1):
    print("    " * level + "begin")
    yield level + 1
    print("    " * level + "end")


with working_directory("/") as where, indent() as lvl:
    print(where, lvl, os.getcwd())
with suppress(KeyError):
    {}["missing"]
with ExitStack() as stack:
    depths = [stack.enter_context(indent(i)) for i in range(2)]
