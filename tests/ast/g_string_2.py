# Implicit concatenation of adjacent string literals
greeting = "Hello, " "world" '!'
long_message = (
    "This is a long message "
    "split across several lines "
    "for readability."
)
sql = ("SELECT name "
       "FROM users "
       "WHERE age > 18")
data = b"ab" b'cd'
mixed_quotes = 'one' "two" """three"""
print(greeting, long_message, sql, data, mixed_quotes)
