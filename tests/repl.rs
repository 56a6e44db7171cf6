//! The interactive interpreter, driven through a pseudo-terminal as a user would: echoed
//! expression values, definitions that persist between inputs, a multi-line block ended by an
//! empty line, a traceback that does not end the session, and Ctrl-D to leave (status 0).

use nix::pty::openpty;
use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn stdio(fd: &OwnedFd) -> Stdio {
    Stdio::from(fd.as_fd().try_clone_to_owned().expect("dup the pty"))
}

#[test]
fn the_repl_works_through_a_pseudo_terminal() {
    let pty = openpty(None, None).expect("a pseudo-terminal");
    let mut child = Command::new(env!("CARGO_BIN_EXE_hotpy"))
        .stdin(stdio(&pty.slave))
        .stdout(stdio(&pty.slave))
        .stderr(stdio(&pty.slave))
        .spawn()
        .expect("hotpy starts");
    drop(pty.slave);
    let mut master = std::fs::File::from(pty.master);
    let mut reader = master.try_clone().expect("dup the master");
    let output = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        // Reading ends with an error (EIO) once the child closed the terminal.
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&all).into_owned()
    });
    let inputs = [
        "1 + 2\n",
        "x = 5\n",
        "def f(a):\n",
        "    return a * x\n",
        "\n",
        "f(3)\n",
        "[i * i for i in range(4)]\n",
        "1 / 0\n",
        "print('still here')\n",
        "None\n",
        "\x04",
    ];
    for input in inputs {
        // Give the line editor time to draw its prompt before each line.
        std::thread::sleep(Duration::from_millis(150));
        master
            .write_all(input.as_bytes())
            .expect("write to the pty");
    }
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("the REPL did not exit on Ctrl-D");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(master);
    let text = output.join().expect("reader");
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
    for want in [
        "3",
        "15",
        "[0, 1, 4, 9]",
        "ZeroDivisionError: division by zero",
        "still here",
    ] {
        assert!(
            lines.iter().any(|l| l.ends_with(want)),
            "no line ending with {want:?} in the session:\n{text}"
        );
    }
    assert!(
        text.contains(">>> ") && text.contains("... "),
        "prompts:\n{text}"
    );
    assert!(!lines.contains(&"None"), "None must not be echoed:\n{text}");
    assert_eq!(status.code(), Some(0), "session:\n{text}");
}
