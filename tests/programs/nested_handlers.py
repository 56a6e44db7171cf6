def inner():
    try:
        return 1 // 0
    except ZeroDivisionError:
        raise KeyError("from inner")


def outer():
    try:
        inner()
    except KeyError as e:
        print("outer got", repr(e))
        return "recovered"


print(outer())
count = 0
for i in range(5):
    try:
        if i % 2:
            raise IndexError(i)
        count += 1
    except IndexError as e:
        print("odd", e)
print(count)
try:
    raise 5
except TypeError as e:
    print(e)
