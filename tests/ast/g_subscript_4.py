# Subscripts on dicts, strings, nested containers and calls
inventory = {"apples": [3, 5], "pears": {"green": 2}}
print(inventory["apples"][1], inventory["pears"]["green"])
word = "subscript"
print(word[3], word[-2:], word[::-2].upper())
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], [row[0] for row in matrix], matrix[-1][::-1])
print(sorted(word)[0], dict(a=1)["a"], (1, 2, 3)[1:][0])
key = "apples"
print(inventory[key][len(inventory[key]) - 1])
print({"x": 1}["x" if True else "y"], matrix[0][lambda: 0 and 1 or 2]() if False else 0)
