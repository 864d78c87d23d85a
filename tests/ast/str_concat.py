# Adjacent literals are joined into one constant.
a = 'a' 'b' "c" '''d''' """e"""
b = ('multi'
     'line'
     "concatenation")
c = 'x' r'\n' 'y'
d = '' '' ''
e = 'a' '' 'b'
f = ("first"  # a comment between
     "second")
g = 'tail' \
    'after backslash'
print('one' 'two', 'three')
