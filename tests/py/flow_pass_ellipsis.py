# pass and ... as placeholders in every block kind.
def todo():
    pass
def later():
    ...
class Empty:
    pass
print(todo(), later(), Empty.__name__)
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
print(..., type(...).__name__, Ellipsis is ...)
x = [1, ...]
print(x, x[1] is Ellipsis)
print("done")
