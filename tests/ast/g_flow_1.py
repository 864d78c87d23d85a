# pass as a placeholder
def not_written_yet():
    pass


class Empty:
    pass


for i in range(3):
    pass

if True:
    pass
else:
    pass

while False:
    pass
print("nothing happened")
