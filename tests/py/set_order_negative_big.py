# Set order with negative numbers and ints past 2**61 (hash wraps), and floats equal to ints.
print({-1, -2, -3}, {-3, -2, -1}, {-5, 5, 0, -1, 1})
print({-1, 0, 1, 2, -2}, set(range(-5, 5)))
print({2 ** 61, 2 ** 61 - 1, 1, 0}, {2 ** 64, 2 ** 32, 2 ** 16})
print({10 ** 20, 10 ** 10, 1, 10 ** 30}, {-(2 ** 62), 2 ** 62, 3})
print({1.0, 2, 3.0}, {0.5, 1.5, 2}, {2.0, 1, 0.5})
print({True, 2, 0, False}, {-1, -2} | {1, 2})
big = {12345678901, 98765432101, 55555555555, 7}
print(big)
print({-100, 100, -1000, 1000, -10, 10})
