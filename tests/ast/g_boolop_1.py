# and, or, not: short-circuit evaluation and results
age = 25
member = True
banned = False

can_enter = age >= 18 and member and not banned
discount = member or age < 12 or age > 65
fallback = None or "" or 0 or "default"
first_falsy = 1 and [] and "never"
mixed = age > 20 and member or banned
grouped = age > 20 and (member or banned)
both = (a := 1) and (b := 2)
print(can_enter, discount, fallback, first_falsy, mixed, grouped, both)
