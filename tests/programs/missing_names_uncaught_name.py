# An uncaught NameError in a function: CPython's "Did you mean" looks at the function's
# local names first, then the module's globals, then the builtins.
total_count = 0


def tally(values):
    running_total = 0
    for v in values:
        running_total += v
    return runing_total + total_count


print(tally([1, 2, 3]))
