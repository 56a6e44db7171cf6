import collections
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def dict_grow():
    d = {1: 1}
    for k in d: d[k + 1] = 1
def dict_shrink():
    d = {1: 1, 2: 2}
    for k in d: del d[k]
def set_grow():
    s = {1}
    for k in s: s.add(k + 1)
def dict_same_size():
    d = {1: 1, 2: 2}
    for k in d: d[k] = 5
    return d
def keys_view_grow():
    d = {1: 1}
    for k in d.keys(): d[k + 10] = 1
def items_grow():
    d = {1: 1}
    for k, v in d.items(): d[k + 10] = 1
def sort_modify():
    l = [3, 2, 1]
    def key(x):
        l.append(0)
        return x
    l.sort(key=key)
def live_view():
    d = {1: 2}; k = d.keys(); v = d.values(); d[3] = 4; return list(k), list(v), len(k)
def selfref():
    l = [1]; l.append(l); d = {}; d['me'] = d; tup = (l,)
    return repr(l), repr(d), repr(tup), str(l)
def deque_self():
    q = collections.deque([1]); q.append(q); return repr(q)
class R:
    def __init__(self): self.other = [self]
    def __repr__(self): return 'R(%r)' % (self.other,)
t(dict_grow); t(dict_shrink); t(set_grow); t(dict_same_size); t(keys_view_grow); t(items_grow); t(sort_modify); t(live_view); t(selfref); t(deque_self)
t(lambda: repr(R()))
t(lambda: [1, 2].__repr__()); t(lambda: repr({1: [1, {2: (3,)}]}))
def od_grow():
    d = collections.OrderedDict(a=1)
    for k in d: d['b'] = 2
t(od_grow)
def dict_pop_during():
    d = dict.fromkeys(range(5))
    for k in d: d.pop(k)
t(dict_pop_during)
def set_discard_during():
    s = set(range(5))
    for x in s: s.discard(x)
t(set_discard_during)
def grow_then_shrink():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        d[k + 100] = 0
        del d[k + 100]
    return seen
t(grow_then_shrink)
def set_comprehension_change():
    s = {1, 2, 3}
    return [s.add(x + 10) for x in s]
t(set_comprehension_change)
def values_view_change():
    d = {1: 1}
    for v in d.values(): d.clear()
t(values_view_change)
def sorted_is_fine():
    l = [3, 1, 2]
    def key(x):
        key.calls += len(l)
        return -x
    key.calls = 0
    l.sort(key=key)
    return l, key.calls
t(sorted_is_fine)
def sort_error_restores():
    l = [3, 1, 'x']
    try:
        l.sort()
    except TypeError as e:
        return 'TypeError', len(l)
t(sort_error_restores)
def after_modification():
    l = [3, 2, 1]
    try:
        l.sort(key=lambda x: l.append(9) or x)
    except ValueError as e:
        return str(e), l
t(after_modification)
def nested_cycles():
    a = []; b = [a]; a.append(b); d = {'a': a}; a.append(d)
    return repr(a), repr(d), repr((a, a))
t(nested_cycles)
class Node:
    def __init__(self, name): self.name = name; self.children = []
    def __repr__(self): return 'Node(%s, %r)' % (self.name, self.children)
def node_cycle():
    n = Node('a'); m = Node('b'); n.children.append(m); m.children.append(n)
    return repr(n), str([n])
t(node_cycle)
def dict_of_self_via_repr():
    class K:
        def __repr__(self): return 'K%r' % (box,)
    box = {}
    box['k'] = K()
    return repr(box)
t(dict_of_self_via_repr)
def iterate_exhausted_then_change():
    d = {1: 1}
    it = iter(d)
    first = next(it)
    d[2] = 2
    try:
        next(it)
    except RuntimeError as e:
        return first, str(e)
t(iterate_exhausted_then_change)
