# Line continuation with backslashes and implicit joining in brackets
first_number = 10 + \
    20 + \
    30
total = (1 +
         2 +
         3)
items = [
    "alpha",
    "beta",   # a comment inside brackets
    "gamma"
]
if first_number > 50 and \
   total < 10:
    print("both")
message = "hello " \
          "world"
assert total == 6, \
    "bad total"
print(first_number, total, items, message)
