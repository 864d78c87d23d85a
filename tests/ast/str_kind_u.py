# Constant.kind is 'u' when the first literal starts with a lower-case u.
a = u'x'
b = U'x'
c = u'x' 'y'
d = 'x' u'y'
e = u'x' f'{a}y'
f = u'' f''
g = f'' u'x'
h = u'''triple'''
