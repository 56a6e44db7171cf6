from collections import deque

def moving_average(seq, n):
    win = deque(maxlen=n)
    total = 0
    out = []
    for x in seq:
        if len(win) == n:
            total -= win[0]
        win.append(x)
        total += x
        if len(win) == n:
            out.append(total / n)
    return out
print(moving_average([1, 2, 3, 4, 5, 6, 7, 8], 3))
def window_max(seq, k):
    dq = deque()
    res = []
    for i, v in enumerate(seq):
        while dq and seq[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            res.append(seq[dq[0]])
    return res
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
last = deque(maxlen=3)
for w in "the quick brown fox jumps over".split():
    last.append(w)
    print(list(last), last.maxlen)
