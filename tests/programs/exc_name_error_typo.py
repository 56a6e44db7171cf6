def compute(values):
    total = 0
    for v in values:
        total += v
    return grand_result_value
print("computing")
print(compute([1, 2, 3]))
