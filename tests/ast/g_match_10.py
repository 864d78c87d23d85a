# Layout: comments and blank lines between cases, patterns across lines
import collections.abc

def check(obj):
    match obj:  # the subject

        # a comment before the first case
        case collections.abc.Mapping():
            return "a mapping"

        case [
            1,
            2,  # a comment inside the brackets
            *rest,
        ]:
            return rest
        case (
            {"x": x, "y": y}
            | {"left": x, "top": y}
        ) if x > 0:
            return x, y
        case collections.abc.Sequence(
            real=r,
            imag=i,
        ):
            return r, i
        case int(
            value
        ) as n:
            return n
    # after the match
    return None

match check:
    case _: pass
