# The quotes CPython's repr picks.
a = "it's"
b = 'say "hi"'
c = 'both \' and "'
d = "\"only double\""
e = '\'only single\''
f = 'back\\slash'
g = b"it's" + b'say "hi"' + b'both \' and "'
