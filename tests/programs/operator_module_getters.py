import operator
from operator import itemgetter, attrgetter, methodcaller
print(itemgetter(1)([1,2]), itemgetter(1, 0)("ab"), repr(itemgetter(1, 'a')), attrgetter('real')(3), attrgetter('real', 'imag')(3))
class A: pass
a = A(); a.b = A(); a.b.c = 5
print(attrgetter('b.c')(a), attrgetter('b.c', 'b')(a)[0], repr(attrgetter('b.c')), type(itemgetter(1)).__name__, itemgetter(1).__reduce__())
try: attrgetter(1)
except TypeError as e: print(e)
try: itemgetter()
except TypeError as e: print(e)
print(operator.index(5), methodcaller('upper')('x'), repr(methodcaller('f', 1, k=2)))
try: operator.index(1.5)
except TypeError as e: print(e)
