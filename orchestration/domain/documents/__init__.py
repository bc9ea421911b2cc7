"""Documents as text: reading, and proposing the claims they state."""
