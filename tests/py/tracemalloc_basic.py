# tracemalloc: tracing object allocations, snapshots, statistics by line and file, and the API's errors.
import os
import tracemalloc
here = os.path.basename  # tracebacks name the script by its full path
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
tracemalloc.start()
print(tracemalloc.is_tracing())
first = tracemalloc.take_snapshot()
print(len(first.traces), first.statistics("lineno"), first.traceback_limit)
words = [str(i) * 10 for i in range(2000)]
snap = tracemalloc.take_snapshot()
top = snap.statistics("lineno")[0]
print(here(top.traceback[0].filename), top.traceback[0].lineno, top.count >= 2000, top.size > 2000 * 10,
      str(top).startswith(str(top.traceback) + ": size="))
print(str(top).split(", ")[1].startswith("count="), "average=" in str(top), repr(top).startswith("<Statistic traceback="))
by_file = snap.statistics("filename")
print(here(by_file[0].traceback[0].filename), by_file[0].traceback[0].lineno, len(by_file[0].traceback))
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
del words
after, peak2 = tracemalloc.get_traced_memory()
print(after < current, peak2 == peak)
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory()[1] < peak)
blob = list(range(10))
where = tracemalloc.get_object_traceback(blob)
print(here(where[0].filename), where[0].lineno, len(where), tracemalloc.get_object_traceback(first))
diff = tracemalloc.take_snapshot().compare_to(snap, "lineno")
print(any(d.traceback[0].lineno == 10 and d.size_diff < 0 for d in diff))
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(blob))
for bad in [lambda: tracemalloc.take_snapshot(), lambda: tracemalloc.start(0), lambda: tracemalloc.start(70000),
            lambda: snap.statistics("bogus"), lambda: snap.statistics("traceback", cumulative=True)]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
print(tracemalloc._format_size(10, False), tracemalloc._format_size(123456, False), tracemalloc._format_size(-2048, True))
frame = tracemalloc.Frame(("f.py", 3))
tb = tracemalloc.Traceback((("f.py", 3), ("g.py", 1)))
print(frame, repr(frame), tb, repr(tb), len(tb), tb[0], tb[-1], frame in tb, frame < tracemalloc.Frame(("f.py", 4)))
