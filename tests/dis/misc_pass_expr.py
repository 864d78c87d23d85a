pass
1
'string statement'
x
x.y
f
None
...
