# Nothing runs: the trace is the format's single uncaught_exception entry.
x = (1,
print(x
