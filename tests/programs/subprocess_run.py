# subprocess over _posixsubprocess.fork_exec: run/check_output/Popen with pipes, input,
# cwd, env, shell, return codes, timeouts, signals, and the errors (missing programs, a
# missing cwd, failing commands).
import os, signal, subprocess, sys

r = subprocess.run(["echo", "hi"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(["printf", "a\\nb\\n"], text=True).splitlines())
print(subprocess.run(["cat"], input=b"fed through stdin", capture_output=True).stdout)
print(subprocess.run(["tr", "a-z", "A-Z"], input="text mode\n", capture_output=True, text=True).stdout, end="")

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"x" * 200000)
print(len(out), err, p.returncode, p.poll())

p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2; exit 4"], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
print(p.communicate(), p.returncode, p.wait())

p = subprocess.Popen(["sh", "-c", "printf 'one\\ntwo\\nthree\\n'"], stdout=subprocess.PIPE, text=True)
print([line.rstrip() for line in p.stdout])
p.stdout.close()
print(p.wait())

r = subprocess.run(["sh", "-c", "echo to stderr >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
print(subprocess.run(["sh", "-c", "echo $HOTPY_TEST_VAR"], env={"HOTPY_TEST_VAR": "from env", "PATH": os.environ.get("PATH", "/bin:/usr/bin")}, capture_output=True, text=True).stdout, end="")
print(subprocess.run("pwd", shell=True, cwd="/", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["true"]).returncode, subprocess.call(["false"]), subprocess.call("exit 7", shell=True))
print(subprocess.run(["echo", "devnull"], stdout=subprocess.DEVNULL).returncode)
print(subprocess.getoutput("echo getoutput"), subprocess.getstatusoutput("exit 2"))

# errors
for cmd, kw in [(["/nonexistent/program"], {}), (["no-such-program-hotpy"], {}),
                (["ls"], {"cwd": "/nonexistent-directory-hotpy"})]:
    try:
        subprocess.run(cmd, **kw)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["/"])
except PermissionError as e:
    print("PermissionError", e.errno, e.filename)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 3"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, 0 < e.timeout <= 0.2)
try:
    subprocess.run(["echo", "a\0b"])
except ValueError as e:
    print("ValueError", e)

# signals and waiting
p = subprocess.Popen(["sleep", "5"])
print(p.poll())
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sh", "-c", "exit 5"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print(os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9), os.WIFSTOPPED(0x137f))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)


# a child that reads and writes through the descriptors we pass on
r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo passed >&%d" % w], pass_fds=(w,))
p.wait()
os.close(w)
print(os.read(r, 100))
os.close(r)

# the with statement closes the pipes
with subprocess.Popen([sys.executable, "-c", "print(6 * 7)"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read().strip())
print(p.returncode, p.stdout.closed)
