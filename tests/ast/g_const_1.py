# Integer literals in every base, with underscores
decimal = 1_000_000
binary = 0b1010_1010
binary_upper = 0B11
octal = 0o755
octal_upper = 0O17
hexadecimal = 0xDEAD_BEEF
hex_upper = 0XFF
hex_lower = 0xcafe
hex_underscore_prefix = 0x_ff
zero = 0
zeros = 000
zero_under = 0_0
print(decimal, binary, binary_upper, octal, octal_upper, hexadecimal)
print(hex_upper, hex_lower, hex_underscore_prefix, zero, zeros, zero_under)
