# Floating point literals in every form
plain = 3.14
leading_dot = .5
trailing_dot = 5.
exponent = 1e10
negative_exponent = 2.5e-3
capital_e = 1E5
plus_exponent = 1e+5
dot_exponent = .5e2
trailing_dot_exponent = 5.e-1
with_underscores = 1_000.000_1
exp_underscores = 1_0e1_0
huge = 1e400
tiny = 1e-400
zero = 0.0
int_like = 00.5
print(plain, leading_dot, trailing_dot, exponent, negative_exponent, capital_e)
print(plus_exponent, dot_exponent, trailing_dot_exponent, with_underscores)
print(exp_underscores, huge, tiny, zero, int_like, 0e0, 1.7976931348623157e308)
