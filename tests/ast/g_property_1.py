# Properties with getters, setters and deleters
class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    area = property(lambda self: 0, doc="not a real property")


t = Temperature(25)
t.celsius = 30
print(t.celsius, t.fahrenheit)
del t.celsius
