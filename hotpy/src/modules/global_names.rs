//! The global names of one module, in slot order, with a hash index: `module.attr`,
//! `globals()[name]` and `setattr(module, ...)` find a name's slot in one probe however
//! many globals the module has (`typing` has hundreds).
//!
//! Owns: the name -> slot map. Must not: reuse or reorder slots (compiled code holds their
//! indexes).

use std::collections::HashMap;
use std::ops::Deref;

#[derive(Default, Clone, Debug)]
pub struct GlobalNames {
    names: Vec<String>,
    index: HashMap<String, usize>,
}

impl GlobalNames {
    pub fn new(names: Vec<String>) -> GlobalNames {
        let mut table = GlobalNames::default();
        table.extend(names);
        table
    }

    /// The slot of `name`, if the module has one for it.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// Adds slots for `names` after the existing ones (a repeated name keeps its first slot
    /// for look-ups, as a scan in slot order would find it).
    pub fn extend(&mut self, names: impl IntoIterator<Item = String>) {
        for name in names {
            let slot = self.names.len();
            self.index.entry(name.clone()).or_insert(slot);
            self.names.push(name);
        }
    }

    pub fn clear(&mut self) {
        self.names.clear();
        self.index.clear();
    }
}

impl Deref for GlobalNames {
    type Target = [String];

    fn deref(&self) -> &[String] {
        &self.names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_slot_order_and_first_wins() {
        let mut t = GlobalNames::new(vec!["a".into(), "b".into()]);
        t.extend(["c".to_string(), "a".to_string()]);
        assert_eq!(t.position("a"), Some(0));
        assert_eq!(t.position("c"), Some(2));
        assert_eq!(t.position("zz"), None);
        assert_eq!(t.len(), 4);
        assert_eq!(t[3], "a");
        t.clear();
        assert_eq!(t.position("a"), None);
        assert!(t.is_empty());
    }
}
