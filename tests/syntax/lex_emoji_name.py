🐍 = "python"
