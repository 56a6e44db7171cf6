WHERE = "ns_a/hp_nsprec.py (a module later on sys.path beats a namespace directory earlier on it)"
