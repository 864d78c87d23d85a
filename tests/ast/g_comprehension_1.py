# List comprehensions
squares = [n * n for n in range(10)]
evens = [n for n in range(20) if n % 2 == 0]
words = ["Apple", "banana", "Cherry"]
lowered = [w.lower() for w in words]
lengths = [(w, len(w)) for w in words if len(w) > 5]
flags = ["even" if n % 2 == 0 else "odd" for n in range(4)]
print(squares, evens, lowered, lengths, flags)
