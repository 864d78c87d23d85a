# wordcount.py: counting words in a text with a dictionary.

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

counts = {}
for word in text.lower().split():
    word = word.strip(",.")           # drop punctuation at the ends
    counts[word] = counts.get(word, 0) + 1

# Sort by count (highest first), then alphabetically for ties.
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, n in ranked[:5]:
    print(f"{word:<8} {n:>2} {'#' * n}")

print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
longest = max(counts, key=len)
print("longest word:", longest)
