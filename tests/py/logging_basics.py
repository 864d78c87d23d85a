# logging: the logger tree, levels, propagation, handlers and the module
# functions, with records written to sys.stdout so that the order shows.
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15),
      logging.getLevelName("NOPE"), logging.WARN, logging.FATAL)
print(sorted(logging.getLevelNamesMapping().items()))
root = logging.getLogger()
print(root is logging.root, root is logging.getLogger("root"), repr(root), root.name)

a = logging.getLogger("app")
ab = logging.getLogger("app.db")
abc = logging.getLogger("app.db.sql")
print(repr(a), repr(abc), abc.parent is ab, ab.parent is a, a.parent is root)
print(logging.getLogger("app.db") is ab, a.getChild("db") is ab, root.getChild("x").name)

# A placeholder: "p.q" is asked for before "p".
pq = logging.getLogger("p.q")
print(pq.parent is root)
p = logging.getLogger("p")
print(pq.parent is p, p.parent is root)

print(a.level, a.getEffectiveLevel(), a.isEnabledFor(logging.INFO), a.isEnabledFor(30))
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), repr(abc))
a.setLevel("INFO")
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG))
for bad in ("LOUD", 2.5, None):
    try:
        a.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
print(repr(h), h.level, h.formatter is not None)
a.addHandler(h)
a.addHandler(h)
print(len(a.handlers), a.hasHandlers(), abc.hasHandlers())

abc.debug("not shown: below INFO")
abc.info("from %s with %d args", "sql", 2)
ab.warning("dict arg %(x)s", {"x": 42})
a.error("plain %s")
a.critical("critical")
a.log(25, "level 25")
a.exception("no exception is being handled")
try:
    a.log("INFO", "level as a string")
except TypeError as e:
    print("TypeError", e)

# Propagation: the root's handler sees app's records too, unless cut off.
top = logging.StreamHandler(sys.stdout)
top.setFormatter(logging.Formatter("ROOT %(name)s %(message)s"))
root.addHandler(top)
ab.warning("seen twice")
ab.propagate = False
ab.warning("seen by nobody: app.db has no handler and does not propagate")
ab.propagate = True
h.setLevel(logging.ERROR)
ab.warning("handler level ERROR: only the root's")
h.setLevel(logging.NOTSET)

# Filters: a Filter object, a plain function, and a logger filter.
h.addFilter(logging.Filter("app.db"))
a.warning("filtered out (app is not under app.db)")
abc.warning("passes the filter")
h.filters.clear()
h.addFilter(lambda record: "secret" not in record.getMessage())
a.warning("a secret")
a.warning("no s3cret here")
a.addFilter(lambda record: record.levelno >= logging.ERROR)
a.warning("logger filter drops warnings")
a.error("but not errors")
a.filters.clear()
h.filters.clear()
root.removeHandler(top)

# disable() and addLevelName().
logging.disable(logging.WARNING)
a.warning("disabled")
a.error("above the disabled level")
logging.disable(logging.NOTSET)
logging.addLevelName(35, "NOTICE")
a.log(35, "custom level")
print(logging.getLevelName(35), logging.getLevelName("NOTICE"))
a.disabled = True
a.error("logger disabled")
a.disabled = False

# extra and the record's attributes.
show = logging.StreamHandler(sys.stdout)
show.setFormatter(logging.Formatter(
    "%(user)s %(levelno)d %(funcName)s %(module)s %(filename)s %(lineno)d %(threadName)s %(processName)s"))
a.addHandler(show)


def work():
    a.warning("x", extra={"user": "ada"})


work()
try:
    a.warning("x", extra={"message": "clash"})
except KeyError as e:
    print("KeyError", e)
a.removeHandler(show)

# LoggerAdapter adds context.
adapter = logging.LoggerAdapter(a, {"request": 7})
print(repr(adapter), adapter.isEnabledFor(logging.INFO), adapter.getEffectiveLevel())
h.setFormatter(logging.Formatter("%(request)s %(message)s"))
adapter.info("through the adapter")
adapter.debug("below the level")

# The Logger class can be replaced.
class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)

# NullHandler keeps a library quiet.
lib = logging.getLogger("library")
lib.addHandler(logging.NullHandler())
lib.propagate = False
lib.error("nothing")
print(repr(logging.NullHandler()), logging.NullHandler().lock)
