# Walrus in while loops that read chunks, and in nested expressions
chunks = ["abc", "de", "", "fgh"]
source = iter(chunks)
buffer = []
while chunk := next(source, ""):
    buffer.append(chunk)
print("".join(buffer))

def parse(line):
    if (eq := line.find("=")) >= 0 and (key := line[:eq].strip()):
        return key, line[eq + 1:].strip()
    return None

print(parse("name = minipy"), parse("=oops"))
assert (n := 3) == 3
print(n, [m := 0, m := m + 1, m])
