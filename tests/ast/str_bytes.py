# bytes literals: escapes, raw, concatenation.
a = b'\\ \' \" \a \b \f \n \r \t \v'
b = b'\x00\x7f\x80\xff\xAb'
c = b'\0\7\12\123\377\400\777'
d = b'line\
continued'
e = b'abc' b'def' B"ghi" rb'\x' b''
f = b"it's", b'say "hi"', b'both \' and "', b'\t\n\r'
g = bytes(b'x') + b'''triple
quoted'''
