# An object freed by del: its count reaches 0 and __del__ runs.
class Duck:
    def __del__(self):
        print("bye")

d = Duck()
del d
print("after")
