# os file descriptors and POSIX calls, os.PathLike/fspath, scandir, and the library
# modules built on them: glob, shutil, pathlib.
import glob
import os
import pathlib
import shutil
import stat

# One directory per process: the test harness may run this program in several modes at once.
base = os.path.join(os.getcwd(), "_hotpy_test_os_fd_dir_%d" % os.getpid())
if os.path.exists(base):
    shutil.rmtree(base)
os.mkdir(base)
try:
    name = os.path.join(base, "data.bin")
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.write(fd, b"hello world\n"), os.write(fd, b"second line\n"))
    os.close(fd)
    fd = os.open(name, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 5))
    info = os.fstat(fd)
    print(info.st_size, stat.S_ISREG(info.st_mode), os.isatty(fd))
    fd2 = os.dup(fd)
    print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_SET))
    os.close(fd2)
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.open(os.path.join(base, "missing"), os.O_RDONLY)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == os.path.join(base, "missing"))
    try:
        os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError", e.strerror)

    r, w = os.pipe()
    os.write(w, b"through the pipe")
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))
    os.close(r)

    fd = os.open(name, os.O_RDWR)
    os.ftruncate(fd, 5)
    os.fsync(fd)
    os.close(fd)
    print(os.path.getsize(name), os.access(name, os.R_OK), os.access(os.path.join(base, "nope"), os.F_OK))
    os.chmod(name, 0o600)
    print(oct(stat.S_IMODE(os.stat(name).st_mode)))
    os.utime(name, (1000000000, 1000000000))
    print(os.stat(name).st_mtime)
    link = os.path.join(base, "link")
    os.symlink(name, link)
    print(os.readlink(link) == name, os.path.islink(link))
    old = os.umask(0o22)
    print(os.umask(old) == 0o22)
    print(len(os.urandom(16)), type(os.urandom(0)).__name__)

    class Where:
        def __init__(self, p):
            self.p = p

        def __fspath__(self):
            return self.p

    print(os.fspath(Where("x/y")), isinstance(Where("a"), os.PathLike), isinstance("a", os.PathLike))
    for bad in [3, Where(3)]:
        try:
            os.fspath(bad)
        except TypeError as e:
            print("TypeError:", e)

    for sub in ["a", "b", "c"]:
        os.mkdir(os.path.join(base, sub))
        with open(os.path.join(base, sub, sub + ".txt"), "w") as f:
            f.write(sub * 3)
    with os.scandir(base) as entries:
        print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries))
    print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, "*", "*.txt"))))
    print(sorted(glob.glob("*.txt", root_dir=os.path.join(base, "b"))))

    shutil.copy(os.path.join(base, "a", "a.txt"), os.path.join(base, "copy.txt"))
    shutil.copytree(os.path.join(base, "b"), os.path.join(base, "b2"))
    shutil.move(os.path.join(base, "c"), os.path.join(base, "moved"))
    print(sorted(os.listdir(base)))

    p = pathlib.Path(base)
    print((p / "a" / "a.txt").read_text(), (p / "copy.txt").exists(), (p / "b2").is_dir())
    (p / "new.txt").write_text("written by pathlib")
    print((p / "new.txt").read_text(), (p / "new.txt").stat().st_size, (p / "new.txt").suffix)
    print(sorted(x.name for x in p.iterdir() if x.is_file()), sorted(x.name for x in p.glob("*/*.txt")))
    print(pathlib.PurePosixPath("/usr/lib/python3.11/os.py").parts, pathlib.PurePath("a/b.tar.gz").suffixes)
    print(os.fspath(p / "z") == os.path.join(base, "z"), str(pathlib.Path("a") / "b"))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
