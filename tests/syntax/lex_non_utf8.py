# a menu
print('café')
