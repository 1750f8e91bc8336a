"""Product catalogue: what is sold, at what list price and standard cost."""
