# Private names, name mangling and __slots__
class Secret:
    __slots__ = ("__value", "_hint")

    def __init__(self, value, hint):
        self.__value = value
        self._hint = hint

    def reveal(self, password):
        if password == "open sesame":
            return self.__value
        return self._hint

    def __check(self):
        return self.__value is not None


s = Secret(42, "think of a number")
print(s.reveal("please"), s.reveal("open sesame"), s._Secret__check())
