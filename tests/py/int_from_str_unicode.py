# int() and float() accept any Unicode decimal digits, and Unicode whitespace around them.
print(int("١٢٣"))            # Arabic-Indic digits
print(int("０１２３"))          # full-width digits
print(int("-٤٢"), int("+߁߂"))
print(int("\u00a0 12 \u2003"))
print(float("١.٥"), float("３.２５"))
print(int("１_０"))
try:
    int("١٢x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("½")
except ValueError as e:
    print(type(e).__name__, e)
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit())
