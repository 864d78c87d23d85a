# An uncaught exception three calls deep: traceback through every frame, last line is the error.
def parse_number(s):
    return float(s)

def parse_row(row):
    return [parse_number(cell) for cell in row.split(",")]

def parse_table(text):
    return [parse_row(line) for line in text.splitlines()]

print(parse_table("1,2\n3,4"))
print(parse_table("1,2\n3,x4"))
print("not reached")
