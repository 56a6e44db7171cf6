import time
time.sleep(0.2)
import hp_dl_y
X = 1
def later():
    return hp_dl_y.Y
