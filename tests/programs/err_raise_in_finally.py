class CleanupFailed(Exception):
    pass

def job(n):
    try:
        print("job", n, "starting")
        if n == 2:
            raise ValueError("job failed")
        return n * 10
    finally:
        print("job", n, "cleanup")
        if n == 2:
            raise CleanupFailed("cleanup of job 2 failed")

for n in range(1, 4):
    print("result", job(n))
