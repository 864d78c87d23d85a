# Assigning to attributes and subscripts.
class Box:
    pass


box = Box()
box.width = 10
box.height = box.width * 2
box.label = box.tag = "crate"

grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 7
grid[0][0], grid[2][2] = 1, 9
matrix = {}
matrix["row", "col"] = 5
matrix[0] = matrix[1] = "same"

data = list(range(10))
data[2:5] = ["a", "b"]
data[::2] = [0] * len(data[::2])
box.items = data
box.items[0] = box.items[-1]
print(box.width, box.height, grid, matrix, data)
