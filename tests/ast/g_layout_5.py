# The file ends inside an indented block without a newline
def f():
    for i in range(3):
        if i:
            print(i)


class C:
    def m(self):
        return f()