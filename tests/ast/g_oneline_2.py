# One-line compound statements of every kind
def square(x): return x * x
def log(msg): print("LOG", msg); return msg
class Point: x = 0; y = 0
if square(3) == 9: log("nine")
else: log("not nine")
n = 3
while n: n -= 1
for ch in "ab": log(ch)
else: log("done")
try: 1 / 0
except ZeroDivisionError: log("div")
finally: log("finally")
with open(__file__) as fh: first = fh.readline()
async def tick(): await other()
print(Point.x, first)
