# Ordering with __lt__ and functools.total_ordering, plus __format__
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __format__(self, spec):
        text = ".".join(map(str, self.parts))
        return f"v{text}" if spec == "v" else text


versions = [Version("1.10.0"), Version("1.2.3"), Version("1.2")]
print([format(v, "v") for v in sorted(versions)], Version("2.0") >= Version("1.9"))
