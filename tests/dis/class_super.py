class Base:
    def greet(self):
        return 'base'
class Child(Base):
    def greet(self):
        return super().greet() + '!'
    def cls(self):
        return __class__
class Plain:
    def f(self):
        return 1
