//! CPython's "Did you mean" for an uncaught NameError or AttributeError
//! (`Python/suggestions.c`): the closest name by a Levenshtein distance where a case change
//! costs 1 and any other edit 2, among the object's `dir()` (AttributeError) or the failing
//! code's local names, then its module's globals, then the builtins (NameError).
//!
//! Owns: choosing the suggestion. Must not: change the exception (the report adds the text).

use crate::vm::{MissingName, ThreadState};

/// CPython's limits: more candidates than this, or a name longer than this, get no suggestion.
const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The suggestion for what `missing` describes, if a candidate is close enough.
pub fn suggest(vm: &mut ThreadState, kind: &str, missing: &MissingName) -> Option<String> {
    match kind {
        "AttributeError" => {
            let obj = vm.mutator().pinned(missing.obj.as_ref()?);
            let listed = crate::modules::builtins::namespaces::dir(vm, &[obj], &[]).ok()?;
            let items = crate::objects::sequence::items(vm, listed)?;
            let names: Vec<String> = items
                .iter()
                .filter_map(|&v| crate::values::str_value(vm, v))
                .collect();
            closest(&names, &missing.name)
        }
        "NameError" => {
            let (module, code) = missing.scope?;
            if let Some(code) = code {
                let locals = vm.loaded(code).code.varnames.clone();
                if let Some(s) = closest(&locals, &missing.name) {
                    return Some(s);
                }
            }
            let globals = vm.module_global_names(module);
            if let Some(s) = closest(&globals, &missing.name) {
                return Some(s);
            }
            let builtins = crate::modules::import_absolute(vm, "builtins").ok()?;
            let builtins = crate::modules::attribute_names(vm, builtins);
            closest(&builtins, &missing.name)
        }
        _ => None,
    }
}

/// The candidate closest to `name` (the first of equals), within a third of the characters
/// involved.
fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    // (The compiler's own names, `$exception1`..., are no candidates.)
    for item in candidates.iter().filter(|c| !c.starts_with('$')) {
        if item == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing, and no worse
        // than the best so far.
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, b)| d < b) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

/// What changing byte `a` into `b` costs: nothing, a case change, or a move.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b` (UTF-8 bytes, as CPython), or `max + 1` once it
/// must exceed `max`.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max: usize) -> usize {
    // Common prefixes and suffixes cost nothing.
    while let (Some(x), Some(y)) = (a.first(), b.first())
        && x == y
    {
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last())
        && x == y
    {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    // row[i]: the cost of turning a[..=i] into the part of b seen so far.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut diagonal = bi * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (ai, &c) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, c);
            diagonal = row[ai];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_close_name_is_suggested_and_a_far_one_is_not() {
        let c = names(&["counter", "print", "len"]);
        assert_eq!(closest(&c, "countr").as_deref(), Some("counter"));
        assert_eq!(closest(&c, "pritn").as_deref(), Some("print"));
        assert_eq!(closest(&c, "Len").as_deref(), Some("len"));
        assert_eq!(closest(&c, "zzzzzz"), None);
        // The name itself is no suggestion.
        assert_eq!(closest(&names(&["x"]), "x"), None);
    }

    #[test]
    fn a_case_change_costs_less_than_a_substitution() {
        assert_eq!(distance(b"abc", b"aBc", 10), CASE_COST);
        assert_eq!(distance(b"abc", b"axc", 10), MOVE_COST);
        assert_eq!(distance(b"abc", b"abcd", 10), MOVE_COST);
        assert_eq!(distance(b"kitten", b"sitting", 100), 3 * MOVE_COST);
    }

    #[test]
    fn the_first_of_equally_close_candidates_wins() {
        let c = names(&["abd", "abe"]);
        assert_eq!(closest(&c, "abc").as_deref(), Some("abd"));
    }

    #[test]
    fn too_many_candidates_give_none() {
        let many: Vec<String> = (0..MAX_CANDIDATE_ITEMS).map(|i| format!("n{i}")).collect();
        assert_eq!(closest(&many, "n1x"), None);
    }
}
