# A package used by the mod_package tests: relative imports pull in its submodules.
if __name__ == "__main__":
    # Run directly (as the test runner does with every file) there is no package to import from.
    print("pkg_demo/__init__.py run as a script:", __name__)
    VERSION = "script"
else:
    from .geometry import area, perimeter
    from . import util
    from .util import double as twice
    VERSION = "1.0"
    print("pkg_demo initialised as", __name__)


def describe():
    return f"pkg_demo {VERSION}"


if __name__ == "__main__":
    print(describe())
