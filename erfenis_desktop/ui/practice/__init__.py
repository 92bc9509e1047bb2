"""Steps 2 and 3: learning a new language of feelings, and bearing the discomfort of the new.

``practice_page`` (step 2: the cards, choosing, reminders), ``checkin_page`` (about a minute
of looking back), ``progress_page`` (step 3: the discomfort over time), ``chart`` (drawn by
us), ``feelings`` (words for feelings next to every writing field), ``reminders`` (a gentle
note on the home screen while Erfenis runs).
"""
