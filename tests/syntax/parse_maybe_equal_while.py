count = 0
while count = 0:
    count += 1
