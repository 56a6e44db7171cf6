"""The `concurrent` package of hotpy's library: `concurrent.futures`."""
