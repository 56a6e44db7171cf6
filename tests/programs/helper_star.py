"""Helper module for `from helper_star import *`: public names, and private ones."""
GREETING = "hello"
_secret = "hidden"


def shout(text):
    return text.upper() + "!"


class Box:
    def __init__(self, v):
        self.v = v


if __name__ == "__main__":
    print(shout(GREETING), _secret)
