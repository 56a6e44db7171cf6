def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f4():
    for i in range(5):
        try:
            if i == 2:
                break
            continue
        finally:
            print("f4 finally", i)
    return i
def f5():
    x = 1
    try:
        return x
    finally:
        x = 100
print(f1(), f2(), f3(), f4(), f5())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
        return "handled"
    finally:
        print("outer finally")
print(nested())
