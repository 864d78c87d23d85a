# Conditional expressions as arguments, keys and subscripts
scores = {"ann": 91, "bob": 67}
grades = {name: "pass" if s >= 70 else "fail" for name, s in scores.items()}
labels = ["low", "high"]
print(labels[1 if scores["ann"] > 80 else 0])
print(max(scores, key=lambda k: scores[k] if k != "ann" else 0))
print(grades, *(["one"] if len(grades) == 1 else ["many", len(grades)]))
result = yes = no = None
result = yes if (flag := bool(scores)) else no
print(result, flag)
