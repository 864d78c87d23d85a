# __bool__ and __len__, and what CPython says when they return the wrong thing.
class B1:
    def __bool__(self): return False
class B2:
    def __len__(self): return 0
class B3:
    def __bool__(self): return 1
class B4:
    def __len__(self): return -1
class B5:
    def __len__(self): return "x"
class B6:
    def __len__(self): return 2**100
print(bool(B1()), bool(B2()), not B1(), "yes" if B2() else "no")
for cls in (B3, B4, B5, B6):
    try:
        print(bool(cls()))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(len(cls()))
    except Exception as e:
        print(type(e).__name__, e)
