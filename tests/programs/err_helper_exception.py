from helper_shapes import Circle, ShapeError

def make(r):
    if r <= 0:
        raise ShapeError(f"radius must be positive, got {r}")
    return Circle(r)

for r in [2, 1, 0]:
    c = make(r)
    print("made", c.describe())
