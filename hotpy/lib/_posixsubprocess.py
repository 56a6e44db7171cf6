"""Starting child processes for `subprocess` (CPython's `_posixsubprocess`): `fork_exec`
with CPython 3.11's arguments, over `_hotpy.fork_exec` (`hotpy/src/modules/process.rs`:
fork(2) and exec in the child, failures reported on the error pipe as CPython's child
reports them). A `preexec_fn` is not supported (it would run Python code in the child)."""

import _hotpy
import os as _os


def _fs(value):
    value = _os.fspath(value)
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogateescape")
    if b"\0" in value:
        raise ValueError("embedded null byte")
    return value


def fork_exec(args, executable_list, close_fds, fds_to_keep, cwd, env_list,
              p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
              errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set,
              gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork=False, /):
    """Forks a child that sets up its descriptors and state and execs the first of
    `executable_list` that exists, with `args` and `env_list` (None: this environment);
    the child's pid."""
    if preexec_fn is not None:
        raise RuntimeError("hotpy: preexec_fn is not supported")
    if close_fds and errpipe_write < 3:
        raise ValueError("errpipe_write must be >= 3")
    if not isinstance(fds_to_keep, tuple):
        raise TypeError("fds_to_keep must be a tuple")
    keep = []
    for fd in fds_to_keep:
        if not isinstance(fd, int) or fd < 0:
            raise ValueError("bad value(s) in fds_to_keep")
        keep.append(int(fd))
    argv = None if args is None else [_fs(a) for a in args]
    executables = [_fs(e) for e in executable_list]
    if argv is None:
        argv = executables[:1]
    if env_list is None:
        # This process's environment is `os.environ`, as CPython keeps it in step.
        env_list = ["%s=%s" % item for item in _os.environ.items()]
    envp = [_fs(e) for e in env_list]
    if cwd is not None:
        cwd = _fs(cwd)
    fds = (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read,
           errpipe_write)
    options = (1 if close_fds else 0, 1 if restore_signals else 0, 1 if call_setsid else 0,
               -1 if pgid_to_set is None else pgid_to_set,
               -1 if gid is None else gid, -1 if uid is None else uid, child_umask)
    groups = None if extra_groups is None else list(extra_groups)
    return _hotpy.fork_exec(argv, executables, envp, cwd, fds, keep, options, groups)
