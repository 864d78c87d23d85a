# Word frequencies with comprehensions
sentence = "it was the best of times it was the worst of times"
words = sentence.split()
counts = {w: words.count(w) for w in set(words)}
common = sorted(((c, w) for w, c in counts.items() if c > 1), reverse=True)
letters = {ch: sum(1 for w in words for c in w if c == ch) for ch in "aeiou"}
print(common)
print(letters)
print([w.upper() if counts[w] > 1 else w for w in words][:6])
