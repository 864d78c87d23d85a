# The del statement on names, items, slices and attributes
x = 10
del x

shopping = ["milk", "eggs", "bread", "jam", "tea"]
del shopping[0]
del shopping[1:3]
del shopping[::2]
print(shopping)

ages = {"ann": 31, "ben": 25, "cy": 40}
del ages["ben"]
print(ages)
