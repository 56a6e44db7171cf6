__all__ = ["present", "missing"]
present = "present"
