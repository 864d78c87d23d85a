class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError('bad', 2)
except MyError as e:
    print(e, e.code)
finally:
    print('cleanup')
