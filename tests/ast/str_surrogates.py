# Lone surrogates are allowed in str literals and print escaped.
a = '\ud800'
b = '\udfff'
c = '\ud83d\ude00'
d = '\U0000d800 and \udc80'
e = 'x' '\ud800' 'y'
