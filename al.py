import time, signal
signal.signal(signal.SIGALRM, lambda s,f: print("alarm"))
signal.alarm(1)
t=time.time(); time.sleep(2); print(round(time.time()-t))
