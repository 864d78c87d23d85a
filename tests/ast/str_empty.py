# Empty literals in every form.
a = ''
b = ""
c = ''''''
d = """"""
e = b''
f = '' ''
g = f''
h = f'' ''
i = '' f''
j = rb'' br''
