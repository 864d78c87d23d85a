message = 'one line \
and the next
print(message)
