# A bracket left open to the end of the file.
values = [
    1,
    2,

print(values)
