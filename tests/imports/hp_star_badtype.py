__all__ = ["ok", 5]
ok = "ok"
