# Extended slices and tuple indexes, as numpy users write them
class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[1, 2])
print(g[1:2, 3])
print(g[:, 0])
print(g[::2, ::-1])
print(g[..., 1])
print(g[1:2:3, :, ...])
print(g[(1, 2)])
print(g[1,])
print(g[()])
print(g[-1:, :-1])
