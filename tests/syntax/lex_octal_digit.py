import os
mode = 0o758
print(mode)
