# The walrus operator in if and while
import re

text = "order 66 shipped on day 12"
if (match := re.search(r"\d+", text)) is not None:
    print("first number:", match.group())

data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 5:
    print(f"list is too long ({n} elements)")

numbers = iter(range(10))
while (value := next(numbers)) < 4:
    print(value)
