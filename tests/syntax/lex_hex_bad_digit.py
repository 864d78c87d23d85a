color = 0xFFAAGG
print(color)
