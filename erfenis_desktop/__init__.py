"""Erfenis: a desktop companion for seeing what you carry from home into love."""

__version__ = "0.1.0"
APP_NAME = "Erfenis"
