"""Claim matching: pure Python + nltk, no Django. Decides whether two reports say the same thing."""
