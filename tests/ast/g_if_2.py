# Nested if statements and elif without else
def grade(score):
    if score >= 0:
        if score >= 90:
            letter = "A"
        elif score >= 80:
            letter = "B"
        elif score >= 70:
            letter = "C"
        else:
            letter = "F"
    else:
        letter = None
    return letter


for s in (95, 83, 71, 12, -1):
    g = grade(s)
    if g is None:
        print(s, "invalid")
    elif g == "F":
        print(s, "failed")
