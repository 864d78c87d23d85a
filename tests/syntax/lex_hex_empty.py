mask = 0x
print(mask)
