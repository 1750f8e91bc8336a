"""Sales strategies, and the plans and quantified targets that implement them."""
