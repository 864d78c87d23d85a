s = f'{   }'  # comment
