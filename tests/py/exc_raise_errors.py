# What can be raised: classes and instances of BaseException only.
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise "a string"
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    print("except clause with a non-class is only checked when an exception arrives")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
