"""The home screen after unlocking: the path through the method, what to do together and on
one's own, and the profile page. Imported when a profile is first unlocked (start-up, which
shows only the profile picker, stays quick)."""
