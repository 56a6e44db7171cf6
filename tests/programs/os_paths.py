# os and os.path: path strings, the file system and the environment.
import os
import os.path
import os.path as osp
from os.path import join, splitext

for p in ["a/b/c.txt", "/", "", "a/", "/usr//lib/", "archive.tar.gz", ".bashrc", "a/.hidden.py", "dir.d/file"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p))
for p in ["a/../b", "/a/./b/../../c", "../x/./y/", "//net/x", "///y", "."]:
    print(repr(p), os.path.normpath(p))
print(join("a", "b", "c"), join("a/", "b"), join("a", "/abs", "c"), join("", "x"), osp.isabs("/x"))
print(os.sep, os.linesep == "\n", os.curdir, os.pardir, splitext("x.py"))
base = "tmp_os_test_" + str(os.getpid())
os.makedirs(base + "/sub/deeper", exist_ok=True)
with open(join(base, "sub", "file.txt"), "w") as f:
    f.write("hello")
print(os.path.exists(base), os.path.isdir(base + "/sub"), os.path.isfile(base + "/sub/file.txt"))
print(os.path.getsize(base + "/sub/file.txt"), sorted(os.listdir(base + "/sub")))
print([(d.replace(base, "BASE"), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)])
os.rename(base + "/sub/file.txt", base + "/moved.txt")
print(sorted(os.listdir(base)), os.path.exists(base + "/sub/file.txt"))
os.remove(base + "/moved.txt")
os.rmdir(base + "/sub/deeper")
os.rmdir(base + "/sub")
os.rmdir(base)
print(os.path.exists(base))
try:
    os.remove(base + "/nothing")
except FileNotFoundError as e:
    print("FileNotFoundError:", str(e).replace(base, "BASE"))
try:
    os.makedirs(".")
except FileExistsError as e:
    print("FileExistsError:", e)
print(os.getcwd() == os.path.abspath("."), os.path.abspath("x/../y") == join(os.getcwd(), "y"))
print(os.path.relpath("/a/b/c", "/a"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.environ.get("PATH") is not None, os.getenv("HOTPY_SURELY_UNSET", "default"), "PATH" in os.environ)
print(type(os.getpid()).__name__)
