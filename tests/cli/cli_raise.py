# Imported by cases of cases.txt: a traceback through a module.


def fail():
    return 1 / 0
