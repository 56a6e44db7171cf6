import time
import hp_thr_count

hp_thr_count.loads.append("slow")
time.sleep(0.15)
VALUE = 42


def value():
    return VALUE
