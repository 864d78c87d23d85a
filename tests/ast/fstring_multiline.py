# Triple-quoted f-strings, with fields spanning lines.
a = f'''line one {x}
line two {y +
   z}
'''
b = f"""{
x
}"""
c = f'''{x:
>10}'''
d = f"""first
    {
        some_call(
            arg,
        )
    } last"""
e = f'''{x = }
'''
