from .one import ONE
TWO = "two from ns_b, sees " + ONE
