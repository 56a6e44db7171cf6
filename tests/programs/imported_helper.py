"""A module next to the script."""
GREETING = "hello from helper"
counter = 0

def bump():
    global counter
    counter += 1
    return counter

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

print("helper imported as", __name__)
