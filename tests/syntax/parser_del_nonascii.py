s = 'ééé'; del f()
