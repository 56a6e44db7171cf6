import operator

print(operator.add(2, 3), operator.sub(10, 4), operator.mul(6, 7))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(5), operator.pow(2, 8), operator.eq(1, 1.0), operator.lt(2, 1))
print(operator.add("ab", "cd"), operator.mul([0], 3))
print(operator.contains([1, 2, 3], 2), operator.not_(0), operator.truth("x"))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "//": operator.floordiv}
def rpn(tokens):
    st = []
    for t in tokens.split():
        if t in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[t](a, b))
        else:
            st.append(int(t))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("100 7 // 3 -"), rpn("2 3 4 * +"))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(operator.getitem([10, 20, 30], 1), operator.getitem({"k": "v"}, "k"))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.index(7), operator.abs(-3))
