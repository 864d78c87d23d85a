class Outer:
    class Inner:
        def m(self):
            pass
    def method(self):
        class Local:
            pass
        def helper():
            return Local
        return helper
def factory():
    class Made:
        value = 1
    return Made
