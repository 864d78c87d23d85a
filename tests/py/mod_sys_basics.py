# sys attributes that print the same everywhere: argv[0], maxsize, platform, version_info.
import sys
print(sys.argv[0], len(sys.argv), sys.argv[1:])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.platform)
print(sys.version_info[:2], sys.version_info.major, sys.version_info[0] >= 3)
print(sys.version_info >= (3, 8), sys.version.startswith("3.11"))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, type(sys.path).__name__, len(sys.path) > 0)
print(sys.byteorder, sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.maxunicode, hex(sys.maxunicode))
print(repr(sys))
