# Strings in the places a program uses them.
import os
print('hello', "world", sep=', ', end='!\n')
d = {'key': 'value', "k2": b'v2'}
x = d['key']
s = 'a,b'.split(',')
t = 'x' if s else 'y'
assert s, 'message'
def f(a: 'annotation' = 'default') -> 'return':
    return 'result'
raise ValueError('bad value')
