# expandtabs with default and explicit tab sizes, and across newlines.
s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr("\t".expandtabs()), repr("12345678\tx".expandtabs()), repr("1234567\tx".expandtabs()))
print(repr("ab\tc\nd\te".expandtabs(4)), repr("ab\tc\rd\te".expandtabs(4)))
print(repr("x\ty".expandtabs(tabsize=3)), repr("no tabs".expandtabs()))
print(repr("é\tx".expandtabs(4)), repr("\t\t".expandtabs(2)))
print(repr("a\tb".expandtabs(-1)))
for row in (("name", "age"), ("al", "30"), ("bartholomew", "5")):
    print(repr("\t".join(row).expandtabs(8)))
