# e2e: not under GC stress
import unittest
from unittest import mock
from unittest.mock import MagicMock, patch, call, Mock, PropertyMock, mock_open

class Service:
    def fetch(self, x): return x * 2
    def run(self, x): return self.fetch(x) + 1

def helper():
    import os
    return os.getcwd()

class T(unittest.TestCase):
    def test_magic(self):
        m = MagicMock()
        m.__len__.return_value = 3
        self.assertEqual(len(m), 3)
        m[1] = 2
        m.__setitem__.assert_called_with(1, 2)
        self.assertTrue(bool(m))
        m.__iter__.return_value = iter([1, 2])
        self.assertEqual(list(m), [1, 2])
        with m as cm:
            pass
        m.__enter__.assert_called_once()
    def test_side_effect(self):
        m = Mock(side_effect=[1, 2, ValueError("x")])
        self.assertEqual(m(), 1); self.assertEqual(m(), 2)
        with self.assertRaises(ValueError): m()
        self.assertEqual(m.call_count, 3)
    @patch.object(Service, 'fetch', return_value=10)
    def test_patch_object(self, fetch):
        self.assertEqual(Service().run(5), 11)
        fetch.assert_called_once_with(5)
    @patch('os.getcwd')
    def test_patch_decorator(self, getcwd):
        getcwd.return_value = '/tmp/z'
        self.assertEqual(helper(), '/tmp/z')
    def test_calls(self):
        m = Mock()
        m(1); m(2, a=3)
        m.assert_has_calls([call(1), call(2, a=3)])
        self.assertEqual(m.call_args_list, [call(1), call(2, a=3)])
        self.assertEqual(m.call_args.kwargs, {'a': 3})
    def test_property(self):
        with patch.object(Service, 'prop', new_callable=PropertyMock, create=True) as p:
            p.return_value = 7
            self.assertEqual(Service().prop, 7)
    def test_mock_open(self):
        with patch('builtins.open', mock_open(read_data='hello')) as mo:
            with open('f') as f:
                self.assertEqual(f.read(), 'hello')
        mo.assert_called_once_with('f')
    def test_spec(self):
        m = Mock(spec=Service)
        with self.assertRaises(AttributeError): m.nope
        m.fetch(1)
        self.assertIsInstance(m, Service)
    def test_autospec(self):
        with patch.object(Service, 'fetch', autospec=True) as f:
            f.return_value = 3
            self.assertEqual(Service().run(1), 4)
if __name__ == '__main__':
    # The report goes to stdout (timing removed): stderr writes are repeated when an STM
    # transaction aborts (a known [engine] limitation), stdout's are not.
    import io, re
    stream = io.StringIO()
    unittest.main(argv=['prog'], exit=False,
                  testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    print(re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', stream.getvalue()))
