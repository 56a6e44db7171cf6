import time
time.sleep(0.2)
import hp_dl_x
Y = 2
