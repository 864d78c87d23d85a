s = f'''first
{x
# comment}'''
