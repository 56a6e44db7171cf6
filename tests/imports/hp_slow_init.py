# A module whose body takes a while: threads that import it at once must wait for it.
import time

total = 0
for i in range(200):
    total += i
    if i % 50 == 0:
        time.sleep(0.005)
FINISHED = True
