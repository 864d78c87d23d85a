x = (1 +
     2)
y = f(
    a,
    b,
)
z = [
    1,
    2,
]
if (a and
        b):
    pass
