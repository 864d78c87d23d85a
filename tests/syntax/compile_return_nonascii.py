s = 'é'; return 5
