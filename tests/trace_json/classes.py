# A class and its instances: INSTANCE and CLASS objects on the heap, a
# method call, an attribute set in __init__, aliasing and refcounts.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)

class Point3(Point):
    dims = 3

p = Point(1, 2)
q = p.moved(10)
alias = q
r = Point3(0, 0)
print(p.x, q.x, alias is q, r.dims)
