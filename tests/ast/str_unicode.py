# Non-ASCII text and its repr: printable characters stay, others are escaped.
a = 'café naïve Ωmega 日本語 😀'
b = 'combining: e\u0301 zero-width: \u200b\u200c\u200d'
c = 'separators: \u2028\u2029 \x85 \xa0 \u3000'
d = 'soft hyphen \xad, bidi \u202e, private \ue000, unassigned \u0378'
e = 'tag \U000e0041 plane 1 \U0001d11e plane 16 \U0010fffd'
f = 'controls \x01\x1b\x7f\x80\x9f'
g = 'é' * 3
