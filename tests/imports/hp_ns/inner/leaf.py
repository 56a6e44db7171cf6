LEAF = "hp_ns.inner.leaf"
