# The built-in exception hierarchy: broad handlers catch subclasses.
def catch(exc, handler):
    name = handler.__name__ if isinstance(handler, type) else "tuple"
    try:
        raise exc
    except handler as e:
        return f"{name} caught {type(e).__name__}"
    except BaseException as e:
        return f"{name} missed {type(e).__name__}"
print(catch(IndexError("i"), LookupError))
print(catch(KeyError("k"), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(OverflowError(), ArithmeticError))
print(catch(FileNotFoundError(), OSError))
print(catch(UnboundLocalError(), NameError))
print(catch(RecursionError(), RuntimeError))
print(catch(NotImplementedError(), RuntimeError))
print(catch(UnicodeDecodeError("utf-8", b"", 0, 1, "r"), ValueError))
print(catch(ModuleNotFoundError(), ImportError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(SystemExit(), Exception))
print(catch(StopIteration(), Exception))
print(catch(ValueError(), (TypeError, ValueError)))
print(catch(TypeError(), LookupError))
for cls in (KeyError, ZeroDivisionError, FileNotFoundError, RecursionError, TimeoutError, BaseException):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
