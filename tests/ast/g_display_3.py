# Unpacking inside displays
a = [1, 2]
b = (3, 4)
c = {"x": 1}
d = {"y": 2}
merged_list = [*a, *b]
merged_tuple = (*a, *b, 5)
merged_set = {*a, *b, 0}
merged_dict = {**c, **d}
overridden = {**c, "x": 10, **d, "z": 3}
just_star = [*"abc"]
star_tuple = *a, *b
print(merged_list, merged_tuple, merged_set, merged_dict, overridden, just_star, star_tuple)
print([*range(3), *[], *()], {**{}}, (*a,))
