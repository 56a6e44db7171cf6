import io
import re
import unittest


class Arithmetic(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        cls.log.append('tearDownClass')

    def setUp(self):
        self.items = [3, 1, 2]
        self.log.append('setUp ' + self._testMethodName)

    def tearDown(self):
        self.log.append('tearDown ' + self._testMethodName)

    def test_equal(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])
        self.assertNotEqual(self.items, [])
        self.assertTrue(self.items)
        self.assertFalse([])
        self.assertIs(None, None)
        self.assertIsNot(self.items, [3, 1, 2])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, self.items)
        self.assertNotIn(5, self.items)
        self.assertIsInstance(self.items, list)
        self.assertNotIsInstance(self.items, dict)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex('hello world', r'w\w+')
        self.assertNotRegex('hello', r'\d')
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertListEqual([1], [1])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1}, {1})
        self.assertMultiLineEqual('a\nb', 'a\nb')
        self.assertSequenceEqual([1, 2], (1, 2))

    def test_failures(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_dict_failure(self):
        self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_error(self):
        raise KeyError('missing')

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn('division', str(cm.exception))
        self.assertRaises(KeyError, {}.__getitem__, 'x')
        with self.assertRaisesRegex(ValueError, r'invalid literal'):
            int('x')
        with self.assertWarns(UserWarning):
            import warnings
            warnings.warn('careful', UserWarning)

    @unittest.skip('not today')
    def test_skipped(self):
        self.fail('never')

    @unittest.skipIf(True, 'condition')
    def test_skipped_if(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_fail_message(self):
        self.assertTrue(False, 'custom message')


class Other(unittest.TestCase):
    def test_one(self):
        self.assertEqual('a'.upper(), 'A')


def run(suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', stream.getvalue())
    text = re.sub(r'File ".*?([\w.]+\.py)"', r'File "\1"', text)
    text = re.sub(r'line \d+', 'line N', text)
    return result, text


result, text = run(unittest.defaultTestLoader.loadTestsFromTestCase(Arithmetic))
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(Arithmetic.log)
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Arithmetic))
suite = unittest.TestSuite()
suite.addTest(Other('test_one'))
suite.addTests(loader.loadTestsFromNames(['test_equal', 'test_raises'], Arithmetic))
result, text = run(suite)
print(result.testsRun, result.wasSuccessful())
import sys
mod = type(sys)('fake_tests')
mod.Other = Other
sys.modules['fake_tests'] = mod
prog = unittest.main(module='fake_tests', argv=['prog'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.testsRun, prog.result.wasSuccessful())
