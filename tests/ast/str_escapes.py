# The escapes of str literals.
simple = '\\ \' \" \a \b \f \n \r \t \v'
octal = '\0 \7 \12 \123 \1234 \400 \777 \08 \19'
hexa = '\x41\x7e\x7f\x80\xff\x00'
u16 = '\u0041\u00e9\u20ac\uffff\u200b\u2028\ufeff'
u32 = '\U00000041\U0001F600\U0010FFFF\U000E0001'
newline = 'one\
two'
mixed = "tab\there 'quoted' \"double\""
