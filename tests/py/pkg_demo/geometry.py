# A submodule that uses a sibling through a relative import.
if __name__ == "__main__":
    import util as _util
else:
    from . import util as _util
    from .util import SCALE


def area(w, h):
    return w * h


def perimeter(w, h):
    return _util.double(w + h)


if __name__ == "__main__":
    print("pkg_demo/geometry.py run alone:", area(2, 3), perimeter(2, 3))
