import heapq

tasks = [("write", 2, 5), ("test", 1, 7), ("ship", 1, 3), ("plan", 3, 1), ("fix", 2, 2)]
heap = []
for name, prio, due in tasks:
    heapq.heappush(heap, (prio, due, name))
print(heap[0])
print([heapq.heappop(heap)[2] for _ in range(len(heap))])
print(heapq.nsmallest(2, [9, 4, 7, 1, 8]), heapq.nlargest(3, [9, 4, 7, 1, 8]))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 2), sorted(h))
def k_merge(*lists):
    h = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(h)
    out = []
    while h:
        v, i, j = heapq.heappop(h)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(h, (lists[i][j + 1], i, j + 1))
    return out
print(k_merge([1, 4, 9], [2, 3, 10], [], [0, 11]))
