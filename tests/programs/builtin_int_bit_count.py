# int.bit_count and the numeric data attributes (real, imag, numerator, denominator) of ints, bools, floats and int subclasses.
print((3).real, (3).imag, (3).numerator, (3).denominator, (2.5).real, (2.5).imag, True.real, (2**70).real)
x = 5
print(x.conjugate(), (1.5).conjugate(), (7).bit_count() if hasattr(int, "bit_count") else "")
class MyInt(int): pass
print(MyInt(4).real, type(MyInt(4).real).__name__, MyInt(4).numerator)
print((7).bit_count(), (-255).bit_count(), (2**100+3).bit_count(), True.bit_count(), int.bit_count(0))
