import helper_shapes
from helper_shapes import Circle, Rect, total_area

shapes = [Circle(1), Rect(2, 5), Circle(0.5), Rect(3, 3)]
for s in shapes:
    print(s.describe())
print(len(helper_shapes.REGISTRY), round(total_area(), 4))
print(isinstance(shapes[0], helper_shapes.Shape), helper_shapes.Circle is Circle)
class Square(Rect):
    kind = "square"
    def __init__(self, s):
        super().__init__(s, s)
sq = Square(4)
print(sq.describe(), len(helper_shapes.REGISTRY))
try:
    helper_shapes.Shape().area()
except NotImplementedError:
    print("abstract area")
print(helper_shapes.__name__)
