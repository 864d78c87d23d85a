# Trailing commas and multi-line displays
primes = [2, 3, 5, 7,]
point = (1, 2,)
vowels = {"a", "e", "i",}
config = {
    "name": "minipy",
    "version": (0, 1),
    "features": [
        "lexer",
        "parser",
    ],
}
one_tuple = 1,
print(primes, point, sorted(vowels), config, one_tuple)
