L = "loaded"
