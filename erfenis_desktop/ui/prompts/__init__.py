"""Choosing a question to answer together: a theme, another question, "not for us" (issue 14, section 4)."""
