# List, tuple, set and dict displays
empty_list = []
empty_tuple = ()
empty_dict = {}
empty_set = set()
numbers = [1, 2, 3]
mixed = [1, "two", 3.0, None, True]
coords = (4, 5)
single = (1,)
not_a_tuple = (1)
bare_tuple = 1, 2, 3
colors = {"red", "green"}
ages = {"ann": 31, "bob": 25}
print(empty_list, empty_tuple, empty_dict, empty_set, numbers, mixed)
print(coords, single, not_a_tuple, bare_tuple, colors == {"green", "red"}, ages)
