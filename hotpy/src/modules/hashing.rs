//! The hash functions under `hashlib` (CPython's `_md5`, `_sha1`, `_sha256`, `_sha512`,
//! `_sha3`, `_blake2`, written in Python in `hotpy/lib/_hashes.py` over these builtins):
//! MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 from the RustCrypto crates.
//!
//! A hash object's running state lives outside the heap, in a table here, named by an int
//! the Python object holds; the object frees it when it dies (`weakref.finalize`). Changing
//! the table is a side effect no STM rollback could undo: each call is irreversible.
//!
//! Must not: hold heap values.

use super::native::args_n;
use super::native_states::Registry;
use crate::values::{NONE, as_int, make_int, new_str, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use sha2::digest::{Digest, ExtendableOutput, Update, VariableOutput};

type Kwargs<'a> = &'a [(String, Value)];

/// A hash function's running state.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2::Blake2bVar),
    Blake2s(blake2::Blake2sVar),
}

impl State {
    /// The state for algorithm `name` (`digest_size` for BLAKE2: 1 to 64 or 32 bytes).
    fn new(name: &str, digest_size: Option<usize>) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(Default::default()),
            "sha1" => State::Sha1(Default::default()),
            "sha224" => State::Sha224(Default::default()),
            "sha256" => State::Sha256(Default::default()),
            "sha384" => State::Sha384(Default::default()),
            "sha512" => State::Sha512(Default::default()),
            "sha3_224" => State::Sha3_224(Default::default()),
            "sha3_256" => State::Sha3_256(Default::default()),
            "sha3_384" => State::Sha3_384(Default::default()),
            "sha3_512" => State::Sha3_512(Default::default()),
            "shake_128" => State::Shake128(Default::default()),
            "shake_256" => State::Shake256(Default::default()),
            "blake2b" => State::Blake2b(blake2::Blake2bVar::new(digest_size.unwrap_or(64)).ok()?),
            "blake2s" => State::Blake2s(blake2::Blake2sVar::new(digest_size.unwrap_or(32)).ok()?),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, data),
            State::Sha1(h) => Digest::update(h, data),
            State::Sha224(h) => Digest::update(h, data),
            State::Sha256(h) => Digest::update(h, data),
            State::Sha384(h) => Digest::update(h, data),
            State::Sha512(h) => Digest::update(h, data),
            State::Sha3_224(h) => Digest::update(h, data),
            State::Sha3_256(h) => Digest::update(h, data),
            State::Sha3_384(h) => Digest::update(h, data),
            State::Sha3_512(h) => Digest::update(h, data),
            State::Shake128(h) => Update::update(h, data),
            State::Shake256(h) => Update::update(h, data),
            State::Blake2b(h) => Update::update(h, data),
            State::Blake2s(h) => Update::update(h, data),
        }
    }

    /// The digest of what was given so far (`length` bytes for SHAKE); the state goes on.
    fn digest(&self, length: usize) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Shake128(h) => h.finalize_boxed(length).to_vec(),
            State::Shake256(h) => h.finalize_boxed(length).to_vec(),
            State::Blake2b(h) => {
                let mut out = vec![0; h.output_size()];
                let _ = h.finalize_variable(&mut out);
                out
            }
            State::Blake2s(h) => {
                let mut out = vec![0; h.output_size()];
                let _ = h.finalize_variable(&mut out);
                out
            }
        }
    }
}

/// The running states, by the ids the Python objects hold.
static STATES: Registry<State> = Registry::new();

fn add(state: State) -> Result<Value, Error> {
    make_int(STATES.add(state))
}

fn id_arg(v: Value) -> Result<i64, Error> {
    as_int(v).ok_or_else(|| Error::new("TypeError", "a hash state id is required"))
}

fn unknown() -> Error {
    Error::new("ValueError", "hash object already freed")
}

/// `_hotpy.hash_new(name, digest_size)`: a new state's id (digest_size None: the
/// algorithm's own).
pub fn hash_new(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [name, size] = args_n::<2>("hash_new", args, kwargs)?;
    let Some(name) = str_value(vm, name) else {
        return Err(Error::new(
            "TypeError",
            format!("name must be str, not {}", type_name(vm, name)),
        ));
    };
    let size = as_int(size).map(|s| s.max(0) as usize);
    vm.irreversible()?;
    match State::new(&name, size) {
        Some(state) => add(state),
        None if size.is_some() => Err(Error::new(
            "ValueError",
            format!(
                "digest_size for {name} must be between 1 and {}",
                if name == "blake2s" { 32 } else { 64 }
            ),
        )),
        None => Err(Error::new(
            "ValueError",
            format!("unsupported hash type {name}"),
        )),
    }
}

/// `_hotpy.hash_update(id, data)`: `data` a bytes-like object.
pub fn hash_update(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [id, data] = args_n::<2>("hash_update", args, kwargs)?;
    let id = id_arg(id)?;
    let Some(bytes) = crate::objects::bytes::buffer_value(vm, data) else {
        return Err(Error::new(
            "TypeError",
            if str_value(vm, data).is_some() {
                "Strings must be encoded before hashing"
            } else {
                "object supporting the buffer API required"
            },
        ));
    };
    vm.irreversible()?;
    STATES
        .with(id, |state| state.update(&bytes))
        .ok_or_else(unknown)?;
    Ok(NONE)
}

/// `_hotpy.hash_digest(id, length)`: the digest so far as bytes (`length` for SHAKE).
pub fn hash_digest(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [id, length] = args_n::<2>("hash_digest", args, kwargs)?;
    let id = id_arg(id)?;
    let length = match as_int(length) {
        // CPython's answer to a negative length.
        Some(n) if n < 0 => return Err(Error::new("MemoryError", "")),
        Some(n) => {
            crate::values::check_size(vm, n as u128)?;
            n as usize
        }
        None => 0,
    };
    vm.irreversible()?;
    let out = STATES
        .with(id, |state| state.digest(length))
        .ok_or_else(unknown)?;
    crate::objects::bytes::new_bytes(vm, &out)
}

/// `_hotpy.hash_hexdigest(id, length)`: [`hash_digest`] in hex.
pub fn hash_hexdigest(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let digest = hash_digest(vm, args, kwargs)?;
    let data = crate::objects::bytes::value(vm, digest).unwrap_or_default();
    let text: String = data.iter().map(|b| format!("{b:02x}")).collect();
    new_str(vm, &text)
}

/// `_hotpy.hash_copy(id)`: a new state's id, a copy of this one.
pub fn hash_copy(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [id] = args_n::<1>("hash_copy", args, kwargs)?;
    let id = id_arg(id)?;
    vm.irreversible()?;
    let copy = STATES.with(id, |state| state.clone()).ok_or_else(unknown)?;
    add(copy)
}

/// `_hotpy.hash_free(id)`: forgets a state (its object died).
pub fn hash_free(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [id] = args_n::<1>("hash_free", args, kwargs)?;
    let id = id_arg(id)?;
    vm.irreversible()?;
    STATES.remove(id);
    Ok(NONE)
}
