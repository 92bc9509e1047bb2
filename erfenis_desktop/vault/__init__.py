"""Keys and encryption (no Qt, no SQL). Import submodules explicitly.

This package must stay import-cheap: submodules import ``cryptography`` and
``keyring`` lazily, inside the functions that need them.
"""
