"""Inner package."""
