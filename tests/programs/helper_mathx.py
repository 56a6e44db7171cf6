"""Helper: small numeric utilities, silent when imported."""
def clamp(x, lo, hi):
    return max(lo, min(hi, x))

def mean(xs):
    xs = list(xs)
    if not xs:
        raise ValueError("mean of empty data")
    return sum(xs) / len(xs)

def digits(n):
    return [int(c) for c in str(abs(n))]

PRECISION = 3

if __name__ == "__main__":
    print(clamp(15, 0, 10), mean([1, 2, 3]), digits(-907))
