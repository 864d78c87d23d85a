# Decorating classes and methods
import functools


def singleton(cls):
    instances = {}

    @functools.wraps(cls)
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


@singleton
class Settings:
    def __init__(self):
        self.values = {}

    @staticmethod
    def default():
        return Settings()

    @classmethod
    def create(cls):
        return cls()


print(Settings() is Settings())
