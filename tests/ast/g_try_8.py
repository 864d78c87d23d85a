# Handling exceptions in a loop with exception chaining
class ParseError(Exception):
    pass


def parse_all(lines):
    results = []
    for lineno, line in enumerate(lines, 1):
        try:
            key, value = line.split("=")
            results.append((key.strip(), int(value)))
        except ValueError as e:
            raise ParseError(f"line {lineno}: {line!r}") from e
    return results


try:
    parse_all(["a = 1", "b = 2", "oops"])
except ParseError as err:
    print(err, "caused by", repr(err.__cause__))
