NAME_SEEN = __name__
PACKAGE_SEEN = __package__
SPEC_NAME_SEEN = __spec__.name
