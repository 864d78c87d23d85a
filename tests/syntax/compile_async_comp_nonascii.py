s = 'ééé'; [x async for x in y]
