# Chaining generator expressions to process a log
log = """INFO start
WARN disk almost full
INFO user login
ERROR disk full
INFO shutdown"""

lines = (line for line in log.splitlines())
parsed = (line.split(" ", 1) for line in lines)
problems = (msg for level, msg in parsed if level in ("WARN", "ERROR"))
for number, message in enumerate(problems, start=1):
    print(number, message)
print(sum(1 for _ in log.splitlines()), any("disk" in m for m in log.split("\n")))
