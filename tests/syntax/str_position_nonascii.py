s = 'café \x4'
