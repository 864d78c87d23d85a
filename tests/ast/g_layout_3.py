# Saved by Notepad with a UTF-8 byte order mark
scores = {"ann": 3, "bob": 5}
best = max(scores, key=scores.get)
print("best:", best)
for name in sorted(scores):
    print(name, scores[name])
