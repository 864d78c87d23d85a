# os.environ: a str mapping over the process environment; getenv, putenv and their errors.
import os
os.environ["MINIPY_A"] = "one"
print(os.environ["MINIPY_A"], os.getenv("MINIPY_A"), os.getenv("MINIPY_NOPE"), os.getenv("MINIPY_NOPE", "dflt"))
print("MINIPY_A" in os.environ, "MINIPY_NOPE" in os.environ, os.environ.get("MINIPY_NOPE", 5))
print(os.environ.setdefault("MINIPY_B", "two"), os.environ.setdefault("MINIPY_B", "other"))
print(os.environ.pop("MINIPY_B"), os.environ.pop("MINIPY_B", "gone"), "MINIPY_B" in os.environ)
os.environ.update({"MINIPY_C": "3"}, MINIPY_D="4")
print(sorted(k for k in os.environ if k.startswith("MINIPY_")))
copy = os.environ.copy()
print(type(copy).__name__, copy["MINIPY_C"], len(os.environ) == len(copy))
del os.environ["MINIPY_C"]
print("MINIPY_C" in os.environ, os.environb[b"MINIPY_D"], os.getenvb(b"MINIPY_D"))
for bad in [lambda: os.environ["MINIPY_NOPE"], lambda: os.environ.__setitem__("MINIPY_X", 5),
            lambda: os.environ.__delitem__("MINIPY_NOPE"), lambda: os.putenv("A=B", "x"),
            lambda: os.environ.__setitem__("MINIPY_\0", "x")]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.get_exec_path({"PATH": "/bin:/usr/bin"}), os.get_exec_path({}))
print(os.environ.get("MINIPY_A") == dict(os.environ.items())["MINIPY_A"])
