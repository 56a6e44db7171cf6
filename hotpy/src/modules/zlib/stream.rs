//! A safe wrapper over one zlib stream (the C library, built by `libz-sys` from its bundled
//! source, so compressed bytes are zlib's own, as CPython's): a deflater or an inflater with
//! its own heap-allocated `z_stream`, fed from Rust slices.
//!
//! Owns: every `unsafe` call into zlib. Must not: know about Python values.

use libz_sys as z;
use std::ffi::{CStr, c_int, c_uint, c_void};

/// Output is produced in chunks of this many bytes (CPython's DEF_BUF_SIZE).
const CHUNK: usize = 16 * 1024;

/// A zlib failure: its return code and message (`msg`), as CPython reports them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZError {
    pub code: c_int,
    pub message: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Deflate,
    Inflate,
}

/// One compression or decompression stream.
pub struct Stream {
    z: Box<z::z_stream>,
    kind: Kind,
    /// The preset dictionary an inflater gives zlib when the data asks for one.
    zdict: Option<Vec<u8>>,
    /// An inflater reached the end of the compressed data.
    pub eof: bool,
    /// How many bytes of the last input were not consumed.
    pub unconsumed: usize,
}

// SAFETY: a Stream owns its z_stream and zlib's state behind it exclusively; zlib keeps no
// thread-local or shared mutable state for a stream, so moving one to another thread is safe.
unsafe impl Send for Stream {}

unsafe extern "C" fn z_alloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: calloc has no preconditions; zlib checks for null.
    unsafe { libc::calloc(items as usize, size as usize) }
}

unsafe extern "C" fn z_free(_opaque: *mut c_void, address: *mut c_void) {
    // SAFETY: zlib frees only what z_alloc returned.
    unsafe { libc::free(address) }
}

fn new_z_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc: z_alloc,
        zfree: z_free,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

fn stream_size() -> c_int {
    std::mem::size_of::<z::z_stream>() as c_int
}

impl Stream {
    fn error(&self, code: c_int) -> ZError {
        let message = if self.z.msg.is_null() {
            None
        } else {
            // SAFETY: zlib sets msg to null or to a static NUL-terminated string.
            Some(
                unsafe { CStr::from_ptr(self.z.msg) }
                    .to_string_lossy()
                    .into_owned(),
            )
        };
        ZError { code, message }
    }

    /// A deflater (`deflateInit2` with CPython's parameters), with a preset dictionary.
    pub fn deflater(
        level: c_int,
        method: c_int,
        wbits: c_int,
        mem_level: c_int,
        strategy: c_int,
        zdict: Option<&[u8]>,
    ) -> Result<Stream, ZError> {
        let mut stream = Stream {
            z: new_z_stream(),
            kind: Kind::Deflate,
            zdict: None,
            eof: false,
            unconsumed: 0,
        };
        // SAFETY: the z_stream is boxed (zlib keeps a pointer to it) and initialized with
        // valid allocators; the version string is the library's own.
        let code = unsafe {
            z::deflateInit2_(
                &mut *stream.z,
                level,
                method,
                wbits,
                mem_level,
                strategy,
                z::zlibVersion(),
                stream_size(),
            )
        };
        if code != z::Z_OK {
            // Nothing to end: a failed init leaves no state (Drop checks `state`).
            stream.z.state = std::ptr::null_mut();
            return Err(stream.error(code));
        }
        if let Some(dict) = zdict {
            // SAFETY: the stream is initialized; zlib copies the dictionary.
            let code = unsafe {
                z::deflateSetDictionary(&mut *stream.z, dict.as_ptr(), dict.len() as c_uint)
            };
            if code != z::Z_OK {
                return Err(stream.error(code));
            }
        }
        Ok(stream)
    }

    /// An inflater (`inflateInit2`); a raw stream (negative `wbits`) takes its dictionary
    /// at once, a zlib stream when the data asks for it.
    pub fn inflater(wbits: c_int, zdict: Option<&[u8]>) -> Result<Stream, ZError> {
        let mut stream = Stream {
            z: new_z_stream(),
            kind: Kind::Inflate,
            zdict: zdict.map(<[u8]>::to_vec),
            eof: false,
            unconsumed: 0,
        };
        // SAFETY: as in `deflater`.
        let code =
            unsafe { z::inflateInit2_(&mut *stream.z, wbits, z::zlibVersion(), stream_size()) };
        if code != z::Z_OK {
            stream.z.state = std::ptr::null_mut();
            return Err(stream.error(code));
        }
        if let (true, Some(dict)) = (wbits < 0, zdict) {
            stream.set_inflate_dictionary(dict)?;
        }
        Ok(stream)
    }

    fn set_inflate_dictionary(&mut self, dict: &[u8]) -> Result<(), ZError> {
        // SAFETY: the stream is an initialized inflater; zlib copies the dictionary.
        let code =
            unsafe { z::inflateSetDictionary(&mut *self.z, dict.as_ptr(), dict.len() as c_uint) };
        if code == z::Z_OK {
            Ok(())
        } else {
            Err(self.error(code))
        }
    }

    /// Compresses `input` with flush mode `flush` (Z_NO_FLUSH ... Z_FINISH): the bytes
    /// zlib produced.
    pub fn deflate(&mut self, input: &[u8], flush: c_int) -> Result<Vec<u8>, ZError> {
        assert_eq!(self.kind, Kind::Deflate);
        let mut out: Vec<u8> = Vec::new();
        let count = pieces(input).count();
        for (i, piece) in pieces(input).enumerate() {
            let mode = if i + 1 == count { flush } else { z::Z_NO_FLUSH };
            self.z.next_in = piece.as_ptr() as *mut u8;
            self.z.avail_in = piece.len() as c_uint;
            loop {
                out.reserve(CHUNK);
                let start = out.len();
                let spare = out.capacity() - start;
                let room = spare.min(c_uint::MAX as usize);
                // SAFETY: next_out points at `room` writable bytes of out's spare capacity
                // and next_in at the live slice `piece`; both outlive the call.
                let code = unsafe {
                    self.z.next_out = out.as_mut_ptr().add(start);
                    self.z.avail_out = room as c_uint;
                    z::deflate(&mut *self.z, mode)
                };
                let produced = room - self.z.avail_out as usize;
                // SAFETY: zlib wrote `produced` bytes at the end of out.
                unsafe { out.set_len(start + produced) };
                match code {
                    z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                    _ => {
                        self.z.next_in = std::ptr::null_mut();
                        return Err(self.error(code));
                    }
                }
                if self.z.avail_out != 0 || code == z::Z_STREAM_END {
                    break;
                }
            }
        }
        self.z.next_in = std::ptr::null_mut();
        self.z.avail_in = 0;
        Ok(out)
    }

    /// Decompresses `input`, producing at most `max_length` bytes (0: no limit);
    /// `finish` uses Z_FINISH (a final flush) rather than Z_SYNC_FLUSH. Sets `eof` at the
    /// end of the compressed data and `unconsumed` to the input left over.
    pub fn inflate(
        &mut self,
        input: &[u8],
        max_length: usize,
        finish: bool,
    ) -> Result<Vec<u8>, ZError> {
        assert_eq!(self.kind, Kind::Inflate);
        let mut out = Vec::new();
        if self.eof {
            self.unconsumed = input.len();
            return Ok(out);
        }
        let limit = if max_length == 0 {
            usize::MAX
        } else {
            max_length
        };
        let mode = if finish { z::Z_FINISH } else { z::Z_SYNC_FLUSH };
        let mut rest = input;
        'input: loop {
            let piece = &rest[..rest.len().min(c_uint::MAX as usize)];
            rest = &rest[piece.len()..];
            self.z.next_in = piece.as_ptr() as *mut u8;
            self.z.avail_in = piece.len() as c_uint;
            loop {
                let room = (limit - out.len())
                    .min(CHUNK.max(out.len()))
                    .min(c_uint::MAX as usize);
                if room == 0 {
                    break 'input;
                }
                out.reserve(room);
                let start = out.len();
                // SAFETY: next_out points at `room` reserved bytes of out, next_in at the
                // live slice `piece`; both outlive the call.
                let code = unsafe {
                    self.z.next_out = out.as_mut_ptr().add(start);
                    self.z.avail_out = room as c_uint;
                    z::inflate(&mut *self.z, mode)
                };
                let produced = room - self.z.avail_out as usize;
                // SAFETY: zlib wrote `produced` bytes at the end of out.
                unsafe { out.set_len(start + produced) };
                match code {
                    z::Z_OK => {}
                    z::Z_BUF_ERROR if self.z.avail_out != 0 => break,
                    z::Z_BUF_ERROR => {}
                    z::Z_STREAM_END => {
                        self.eof = true;
                        break 'input;
                    }
                    z::Z_NEED_DICT if self.zdict.is_some() => {
                        let dict = self.zdict.clone().unwrap_or_default();
                        if let Err(e) = self.set_inflate_dictionary(&dict) {
                            self.forget_input();
                            return Err(e);
                        }
                    }
                    _ => {
                        let error = self.error(code);
                        self.forget_input();
                        return Err(error);
                    }
                }
                if self.z.avail_out != 0 && self.z.avail_in == 0 {
                    break;
                }
            }
            if rest.is_empty() {
                break;
            }
        }
        self.unconsumed = self.z.avail_in as usize + rest.len();
        self.forget_input();
        Ok(out)
    }

    fn forget_input(&mut self) {
        self.z.next_in = std::ptr::null_mut();
        self.z.avail_in = 0;
        self.z.next_out = std::ptr::null_mut();
        self.z.avail_out = 0;
    }

    /// An independent copy of the stream's state (`deflateCopy`/`inflateCopy`).
    pub fn copy(&self) -> Result<Stream, ZError> {
        let mut copy = Stream {
            z: new_z_stream(),
            kind: self.kind,
            zdict: self.zdict.clone(),
            eof: self.eof,
            unconsumed: self.unconsumed,
        };
        let source = &*self.z as *const z::z_stream as *mut z::z_stream;
        // SAFETY: both streams are boxed; zlib reads the source (it takes a non-const
        // pointer but does not change it) and initializes the destination.
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflateCopy(&mut *copy.z, source),
                Kind::Inflate => z::inflateCopy(&mut *copy.z, source),
            }
        };
        if code != z::Z_OK {
            copy.z.state = std::ptr::null_mut();
            return Err(self.error(code));
        }
        Ok(copy)
    }
}

/// `input` in pieces zlib's 32-bit counts can take (one empty piece for empty input).
fn pieces(input: &[u8]) -> impl Iterator<Item = &[u8]> {
    let size = c_uint::MAX as usize;
    let count = input.len().div_ceil(size).max(1);
    (0..count).map(move |i| &input[(i * size).min(input.len())..((i + 1) * size).min(input.len())])
}

impl Drop for Stream {
    fn drop(&mut self) {
        if self.z.state.is_null() {
            return;
        }
        // SAFETY: the stream was initialized and is ended once, here.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateEnd(&mut *self.z),
                Kind::Inflate => z::inflateEnd(&mut *self.z),
            };
        }
    }
}

/// CRC-32 of `data` continuing from `value`.
pub fn crc32(value: u32, data: &[u8]) -> u32 {
    let mut crc = value as z::uLong;
    for piece in pieces(data) {
        // SAFETY: the pointer and length describe the live slice `piece`.
        crc = unsafe { z::crc32(crc, piece.as_ptr(), piece.len() as c_uint) };
    }
    crc as u32
}

/// Adler-32 of `data` continuing from `value`.
pub fn adler32(value: u32, data: &[u8]) -> u32 {
    let mut sum = value as z::uLong;
    for piece in pieces(data) {
        // SAFETY: the pointer and length describe the live slice `piece`.
        sum = unsafe { z::adler32(sum, piece.as_ptr(), piece.len() as c_uint) };
    }
    sum as u32
}

/// The version of the zlib linked in.
pub fn version() -> String {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(z::zlibVersion()) }
        .to_string_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_in_every_format() {
        let data: Vec<u8> = (0..100_000u32)
            .map(|i| (i % 251) as u8 ^ (i / 7) as u8)
            .collect();
        for wbits in [15, -15, 31] {
            let mut d = Stream::deflater(6, z::Z_DEFLATED, wbits, 8, 0, None).unwrap();
            let mut packed = d.deflate(&data[..50_000], z::Z_NO_FLUSH).unwrap();
            packed.extend(d.deflate(&data[50_000..], z::Z_FINISH).unwrap());
            assert!(packed.len() < data.len());
            let mut i = Stream::inflater(if wbits == 31 { 47 } else { wbits }, None).unwrap();
            let mut out = i.inflate(&packed[..1000], 0, false).unwrap();
            assert!(!i.eof);
            out.extend(i.inflate(&packed[1000..], 0, false).unwrap());
            assert!(i.eof);
            assert_eq!(out, data);
        }
    }

    #[test]
    fn limits_errors_dictionaries_and_copies() {
        let mut d = Stream::deflater(9, z::Z_DEFLATED, 15, 8, 0, Some(b"hello world")).unwrap();
        let packed = d.deflate(b"hello world hello", z::Z_FINISH).unwrap();
        let mut plain = Stream::inflater(15, None).unwrap();
        assert_eq!(
            plain.inflate(&packed, 0, false).unwrap_err().code,
            z::Z_NEED_DICT
        );
        let mut i = Stream::inflater(15, Some(b"hello world")).unwrap();
        let first = i.inflate(&packed, 5, false).unwrap();
        assert_eq!(first, b"hello");
        assert!(i.unconsumed > 0);
        let copy = i.copy().unwrap();
        drop(copy);
        let bad = Stream::inflater(15, None)
            .unwrap()
            .inflate(b"not zlib", 0, false);
        let bad = bad.unwrap_err();
        assert_eq!(bad.code, z::Z_DATA_ERROR);
        assert_eq!(bad.message.as_deref(), Some("incorrect header check"));
        assert!(Stream::deflater(6, z::Z_DEFLATED, 99, 8, 0, None).is_err());
        assert_eq!(crc32(0, b"hello"), 0x3610a686);
        assert_eq!(adler32(1, b"hello"), 0x062c0215);
    }
}
