# A generator pipeline for reading records
def read_lines(text):
    for line in text.splitlines():
        yield line


def parse_csv(lines):
    header = None
    for line in lines:
        fields = [f.strip() for f in line.split(",")]
        if header is None:
            header = fields
            continue
        yield dict(zip(header, fields))


def where(records, **conditions):
    for rec in records:
        if all(rec.get(k) == v for k, v in conditions.items()):
            yield rec


csv = """name, city
ann, paris
bob, rome
cy, paris"""
for row in where(parse_csv(read_lines(csv)), city="paris"):
    print(row["name"])
