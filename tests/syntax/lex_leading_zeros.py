zip_code = 02134
print(zip_code)
