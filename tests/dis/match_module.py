# A match at module level: captures are STORE_NAME, the subject is a call.
import sys

match sys.argv[1:]:
    case []:
        mode = "none"
    case ["-v" | "--verbose", *files]:
        mode = "verbose"
    case [name] if name.endswith(".py"):
        mode = "script"
    case [*_, "--"]:
        mode = "dashes"
    case {"x": 1}:
        mode = "mapping"
    case _:
        mode = "other"
print(mode)


class Config:
    match "debug":
        case "debug" | "trace" as level:
            verbose = True
        case _:
            verbose = False


def closure(v):
    match v:
        case [x, y]:
            return lambda: x + y
        case (x, {"k": y, **others}):
            return lambda: (x, y, others)
