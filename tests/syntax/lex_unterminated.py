name = 'Ada'
print('hello, + name)
