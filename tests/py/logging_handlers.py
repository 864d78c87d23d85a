# logging: basicConfig with its options and errors, FileHandler, the last
# resort handler, and handleError's report when a record cannot be written.
import logging
import os
import sys
import tempfile


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# No handlers anywhere: warnings and above go to stderr, bare.
quiet = logging.getLogger("quiet")
quiet.info("dropped: the last resort takes WARNING and above")
quiet.warning("last resort %d", 1)
print(repr(logging.lastResort), logging.lastResort.level)
logging.lastResort = None
quiet.error("no last resort: one notice on stderr")
quiet.error("and only one")
logging.lastResort = logging._defaultLastResort

attempt("stream+filename", lambda: logging.basicConfig(stream=sys.stdout, filename="x.log"))
attempt("handlers+stream", lambda: logging.basicConfig(handlers=[], stream=sys.stdout))
attempt("bad style", lambda: logging.basicConfig(style="?"))
print(logging.root.handlers)
attempt("unknown arg", lambda: logging.basicConfig(colour="red"))
print(logging.root.handlers)
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s",
                    stream=sys.stdout, force=True)
print(len(logging.root.handlers), logging.root.level)
logging.debug("debug via the root")
logging.info("info %s", "via the root")
logging.basicConfig(format="ignored: the root already has a handler")
logging.warning("still the first format")
logging.basicConfig(format="{levelname}/{message}", style="{", stream=sys.stdout,
                    level="WARNING", force=True)
logging.info("hidden")
logging.error("braces")
logging.critical("critical")
logging.log(logging.ERROR, "log()")
logging.fatal("fatal")

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "app.log")
    logging.basicConfig(filename=path, filemode="w", format="%(name)s:%(message)s",
                        force=True)
    file_handler = logging.root.handlers[0]
    print(type(file_handler).__name__, file_handler.baseFilename == path,
          file_handler.mode, repr(file_handler) == "<FileHandler %s (NOTSET)>" % path)
    logging.warning("into the file")
    logging.getLogger("child").error("child too")
    logging.basicConfig(stream=sys.stdout, force=True)
    with open(path) as f:
        print(f.read(), end="")
    fh = logging.FileHandler(path, delay=True)
    print(fh.stream is None)
    logger = logging.getLogger("appender")
    logger.addHandler(fh)
    logger.warning("appended")
    fh.close()
    logger.removeHandler(fh)
    with open(path) as f:
        print(f.read(), end="")
    fh = logging.FileHandler(path, mode="w", encoding="utf-8")
    fh.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(fh)
    logger.warning("rewritten ✓")
    fh.close()
    logger.removeHandler(fh)
    with open(path, encoding="utf-8") as f:
        print(f.read(), end="")

# A record that cannot be written: handleError's report on stderr, and
# logging goes on.  (emit is called here directly: a report through
# logging's own frames would name CPython's files.)
class Broken(logging.Handler):
    def emit(self, record):
        try:
            raise OSError("disk full")
        except OSError:
            self.handleError(record)


broken = Broken()
broken.emit(logging.makeLogRecord({"msg": "to the broken handler: %s", "args": ("arg",)}))
logging.warning("after the error")
logging.raiseExceptions = False
logging.warning("%d pears", "four")
broken.emit(logging.makeLogRecord({"msg": "silent"}))
logging.raiseExceptions = True

h = logging.Handler()
print(repr(h), h.name)
h.name = "named"
print(h.get_name(), h.lock is not None)
attempt("Handler.emit", lambda: h.emit(logging.makeLogRecord({})))
attempt("Handler(level)", lambda: logging.Handler("LOUD"))
h.close()
s = logging.StreamHandler(sys.stdout)
print(repr(s), s.terminator == "\n", s.setStream(sys.stdout), s.setStream(sys.stderr) is sys.stdout)
s.terminator = " <-\n"
s.setStream(sys.stdout)
s.handle(logging.makeLogRecord({"msg": "terminator", "levelno": 30}))
logging.shutdown()
print("done")
