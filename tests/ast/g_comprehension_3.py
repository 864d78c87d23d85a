# Set and dict comprehensions
text = "the rain in spain stays mainly in the plain"
unique_letters = {ch for ch in text if ch.isalpha()}
word_lengths = {word: len(word) for word in text.split()}
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
first_letter = {w[0] for w in text.split() if w}
print(sorted(unique_letters), word_lengths, inverted, grid, sorted(first_letter))
