# Imported by cases of cases.txt: a traceback and a warning through a module.


def fail():
    return 1 / 0


def warn():
    import warnings
    warnings.warn("careful")
