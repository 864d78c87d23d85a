# os.path: joining, splitting and normalising paths, str and bytes alike.
import os
import os.path as p
print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("a", ""))
print(p.split("/usr/lib/x.py"), p.split("x.py"), p.split("/"), p.split("a//b//"))
print(p.splitext("arch.tar.gz"), p.splitext(".bashrc"), p.splitext("a/b.c/d"), p.splitext("x..y"))
print(p.basename("/a/b/"), p.basename("/a/b"), p.dirname("/a/b"), p.dirname("a"), p.dirname("//x"))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("//a/b"), p.normpath("///a"))
print(p.isabs("/x"), p.isabs("x"), p.splitdrive("/a/b"), p.normcase("AbC"))
print(p.relpath("/a/b/c", "/a/x/y"), p.relpath("/a", "/a"), p.relpath("a/b", "a"))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonprefix(["interstate", "interval", "internet"]))
print(p.commonprefix([]), p.commonpath(["a/b", "a/c"]))
print(p.join(b"x", b"y"), p.split(b"/a/b"), p.splitext(b"f.txt"), p.normpath(b"a/../b"))
print(p.abspath("x") == p.join(os.getcwd(), "x"), p.abspath("/a/./b/../c"))
os.environ["MINIPY_TEST_VAR"] = "value"
print(p.expandvars("$MINIPY_TEST_VAR/${MINIPY_TEST_VAR}/$UNSET_MINIPY_VAR/$"), p.expanduser("no/tilde"))
print(p.sep, p.curdir, p.pardir, p.extsep, p.altsep, p.pathsep, p.devnull)
for bad in [lambda: p.join("a", b"b"), lambda: p.join("a", 5), lambda: p.commonpath([]),
            lambda: p.commonpath(["/a", "b"]), lambda: p.relpath(""), lambda: p.basename(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.exists("os_path.py"), p.isfile("os_path.py"), p.isdir("os_path.py"), p.isdir("."), p.islink("."))
print(p.lexists("no_such_path"), p.ismount("/"), p.ismount("."), p.samefile(".", os.getcwd()))
print(p is os.path, os.path.join.__name__, p.__name__)
