text = """the cat sat on the mat the dog sat on the log
a cat and a dog met on a mat and the cat ran"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<5}{n:>3} {'#' * n}")
print(len(counts), sum(counts.values()))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
first_pos = {}
for i, w in enumerate(text.split()):
    if w not in first_pos:
        first_pos[w] = i
print(first_pos)
