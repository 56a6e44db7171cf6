__all__ = ("ONE", "TWO")
ONE, TWO, THREE = 1, 2, 3
