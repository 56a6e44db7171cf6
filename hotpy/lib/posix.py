"""`posix` (hotpy): the operating-system functions hotpy's `os` has, under the name of
CPython's C module, for library code that imports it to test what the platform offers."""

from os import (environ, getcwd, getpid, listdir, mkdir, remove, rename, rmdir, unlink,
                get_terminal_size, terminal_size, cpu_count, stat, lstat,
                stat_result, strerror, waitpid, WNOHANG, WIFEXITED,
                WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG,
                waitstatus_to_exitcode, kill, pipe, close, read, write, dup, dup2)
