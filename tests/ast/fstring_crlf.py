# CRLF line endings inside a triple-quoted f-string.
a = f"""one {x}
two {y +
  z}
{w=}"""
b = f"""{
x
}"""
