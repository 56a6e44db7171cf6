def connect(host, port=80, *, timeout=10):
    return f"{host}:{port} t={timeout}"
print(connect("example"))
print(connect("example", 8080, timeout=3))
print(connect("example", retries=3))
