# Found by a differential probe (session 31): printf-style precision on integers, %c and
# {:c} widths, C length modifiers; __new__ returning a subclass instance runs that class's
# __init__; containers, sorting, min and max take a comparison's truth (an __eq__ or __lt__
# returning 1); dict() from pairs that are any iterable of two items.

print('%.2d:%.2d:%.2d' % (5, 7, 30))
for spec in ('%.3x', '%5.3d|', '%-5.3d|', '%+.3d', '% .3d', '%#.3x', '%#08.3x', '%08.3d',
             '%.0d', '%#.3o', '%5.3X', '%-#8.4x|', '%.3i', '%.3u', '%05d', '%-05d|'):
    print(repr(spec), [spec % v for v in (7, -7, 0, 255)])
print('%.3d' % 2**70, '%.30d' % 2**70, '%.3d' % 7.9, '%.3x' % True)
print('[%3c] [%-3c] [%03c] [%.2c]' % ('x', 65, 'y', 'z'))
print('[{:3c}] [{:<3c}] [{:03c}] [{:^5c}]'.format(65, 66, 67, 68))
print('%ld %li %lu %hd %Lf' % (1, 2, 3, 4, 5.5))


class Shape:
    def __new__(cls, kind):
        return super().__new__(Circle if kind == 'circle' else Square)

    def __init__(self, kind):
        self.name = 'shape ' + kind


class Circle(Shape):
    def __init__(self, kind):
        self.name = 'circle'


class Square(Shape):
    pass


print(Shape('circle').name, Shape('square').name, type(Shape('circle')).__name__)


class Other:
    def __init__(self, *args):
        print('Other.__init__ is not run')


class Factory:
    def __new__(cls):
        return Other.__new__(Other)

    def __init__(self):
        print('Factory.__init__ is not run either')


print(type(Factory()).__name__)


class AlwaysOne:
    def __eq__(self, other):
        return 1

    def __hash__(self):
        return 1


e = AlwaysOne()
print([e] == [0], 0 in [e], (e,) == (0,), [e].count(0), [e].index(0))
print({e: 'v'}.get(AlwaysOne()), AlwaysOne() in {e}, {e: 1} == {AlwaysOne(): 1})
lst = [1, e, 2]
lst.remove(0)
print(len(lst))


class Zero:
    def __eq__(self, other):
        return 0

    __hash__ = object.__hash__


z = Zero()
print([z] == [z], z in [z], [Zero()] == [Zero()])


class Version:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return 1 if self.v < other.v else 0

    def __repr__(self):
        return 'V%d' % self.v


print(sorted([Version(3), Version(1), Version(2)]), min(Version(3), Version(1)),
      max([Version(3), Version(5), Version(4)]))
nan = float('nan')
print([nan] == [nan], nan in [nan], [nan].count(nan), nan == nan)

print(dict(['ab', 'cd']), dict([iter((1, 2))]), dict([range(2)]))
for bad in (['abc'], [5], [[1]], ['']):
    try:
        dict(bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
d = {}
d.update(['xy'])
print(d)
