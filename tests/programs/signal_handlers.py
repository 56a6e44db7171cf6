import signal, os, time
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.SIGINT, repr(signal.SIG_IGN))
print(signal.Signals.SIGTERM, int(signal.SIGUSR1), signal.Signals(2).name, signal.strsignal(signal.SIGTERM))
got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, handler)
print('old', old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print('after raise', got)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print('after kill', got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print('ignored', got, signal.getsignal(signal.SIGUSR1))
def boom(signum, frame):
    raise RuntimeError('from handler %d' % signum)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print('caught', e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGALRM, lambda s, f: got.append('alarm'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.time()
while 'alarm' not in got and time.time() - t0 < 5:
    pass
print('alarm' in got)
for stmt in ['signal.signal(signal.SIGKILL, signal.SIG_IGN)', 'signal.signal(2, 5)', 'signal.signal(99, signal.SIG_IGN)',
             'signal.getsignal(0)', 'signal.signal("x", signal.SIG_IGN)']:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)
print(signal.SIGINT in signal.valid_signals(), len(signal.valid_signals()) > 30)
import threading
def worker():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print('thread:', e)
t = threading.Thread(target=worker); t.start(); t.join()
r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd(r)
except ValueError as e:
    print(str(e).replace(str(r), "R"))
import unittest
class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertIn(3, [1, 2])
    @unittest.skip("why")
    def test_skip(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
import io
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
