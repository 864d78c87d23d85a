# Starred expressions inside subscripts (Python 3.11)
class Shape:
    def __class_getitem__(cls, params):
        return params

    def __getitem__(self, key):
        return key


dims = (2, 3)
print(Shape[*dims])
print(Shape[int, *dims])
print(Shape()[*dims, 4])
print(Shape()[0:1, *dims])
print(Shape()[*dims])
