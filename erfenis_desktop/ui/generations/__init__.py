"""The generations view (issue 14, section 2): the form, the drawing and its files."""
