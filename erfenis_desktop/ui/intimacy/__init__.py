"""The intimacy check (issue 14, section 1): answering, results, side by side, the report."""
