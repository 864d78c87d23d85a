# logging.Formatter: the %, { and $ styles, their validation, defaults,
# times with a fixed converter, exceptions and stack information.
import logging
import sys
import time

log = logging.getLogger("fmt")
log.propagate = False
handler = logging.StreamHandler(sys.stdout)
log.addHandler(handler)


def use(formatter):
    handler.setFormatter(formatter)


log.warning("no formatter: the default is %(message)s")
use(logging.Formatter())
log.warning("Formatter() is the same")
use(logging.Formatter("%(levelname)-8s|%(name)5s|%(message)s|%(levelno)03d"))
log.warning("percent")
use(logging.Formatter("{levelname:<8}|{name!r}|{message}|{levelno:03d}", style="{"))
log.warning("braces")
use(logging.Formatter("$levelname|${name}|$message $$", style="$"))
log.warning("dollars")
use(logging.Formatter("%(message)s [%(app)s]", defaults={"app": "demo"}))
log.warning("with defaults")
log.warning("extra wins", extra={"app": "given"})
use(logging.Formatter("%(nothing)s"))
try:
    logging.Formatter("%(nothing)s").format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("$nothing", style="$").format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError", e)

for fmt, style in [("%(x)", "&"), ("abc", "%"), ("%(a)5.2f", "%"), ("%(a)-#10s", "%"),
                   ("%(a)", "%"), ("{x", "{"), ("abc", "{"), ("{a!z}", "{"),
                   ("{a:zz}", "{"), ("{a.}", "{"), ("x}", "{"), ("{a:>10}", "{"),
                   ("{a[0]}", "{"), ("{a.b:{w}}", "{"), ("{}", "{"), ("$x $", "$"),
                   ("$a ${b}", "$"), ("${a", "$"), ("no fields", "$"), ("$$", "$")]:
    try:
        f = logging.Formatter(fmt, style=style)
        print("ok", repr(fmt), repr(f._fmt))
    except ValueError as e:
        print("ValueError", repr(fmt), e)
print(repr(logging.Formatter("abc", validate=False)._fmt))

# Times: a record made at a known moment and a UTC converter.
record = logging.LogRecord("t", logging.INFO, "/src/app.py", 12, "at %s", ("noon",), None)
record.created = 1700000000.25
record.msecs = 250.0
utc = logging.Formatter("%(asctime)s %(message)s")
utc.converter = time.gmtime
print(utc.format(record))
print(utc.formatTime(record, "%d/%m/%Y %H:%M"), utc.usesTime())
print(repr(record), record.getMessage(), record.filename, record.module, record.pathname)
braces = logging.Formatter("{asctime} {message}", style="{", datefmt="%H:%M:%S")
braces.converter = time.gmtime
print(braces.format(record), braces.usesTime())
dollars = logging.Formatter("${asctime} $message", style="$")
dollars.converter = time.gmtime
dollars.default_msec_format = "%s.%03d"
print(dollars.format(record), logging.Formatter("$asctime", style="$").usesTime(),
      logging.Formatter("%(message)s").usesTime())

# Exceptions: exc_info=True, exception(), an exception instance, and a
# tuple; the text is cached in exc_text.  Tracebacks go to stderr, where
# the script's folder is taken off the paths.
use(logging.Formatter("%(levelname)s %(message)s"))
handler.setStream(sys.stderr)


def fail():
    return {}["missing"]


try:
    fail()
except KeyError:
    log.error("with exc_info", exc_info=True)
    log.exception("with exception()")
    err = sys.exc_info()
try:
    1 / 0
except ZeroDivisionError as exc:
    log.warning("from the instance", exc_info=exc)
log.error("from the tuple", exc_info=err)
rec = logging.LogRecord("t", logging.ERROR, "f.py", 1, "m", (), err)
formatter = logging.Formatter()
text = formatter.format(rec)
print(rec.exc_text == formatter.formatException(err), text.splitlines()[0], text.splitlines()[-1])
log.error("no exception", exc_info=(None, None, None))

# stack_info: where the call was made from, outermost first.


def inner():
    log.warning("with the stack", stack_info=True)


def outer():
    inner()


outer()
handler.setStream(sys.stdout)


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


use(Upper("%(name)s: %(message)s"))
log.warning("a subclass")
batch = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(batch.format([logging.makeLogRecord({"msg": "a"}), logging.makeLogRecord({"msg": "b"})])))
print(repr(batch.format([])))
