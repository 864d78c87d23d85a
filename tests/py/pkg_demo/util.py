# Plain helpers of pkg_demo, with no imports of their own.
SCALE = 2


def double(x):
    return x * SCALE


def shout(s):
    return s.upper() + "!"


if __name__ == "__main__":
    print("pkg_demo/util.py run alone:", double(21), shout("hi"))
