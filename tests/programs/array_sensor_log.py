# A realistic use of array with struct: a binary sensor log (a header, then columns of
# samples as packed arrays) written to a file, read back, summarized and rewritten.
import array
import math
import os
import struct
import sys
import tempfile

MAGIC = b'SLOG'
HEADER = struct.Struct('<4sHHI')      # magic, version, channel count, sample count
CHANNEL = struct.Struct('<16sBxd')    # name, type code, scale


def make_channels(n):
    temperature = array.array('h', (int(200 + 50 * math.sin(i / 7)) for i in range(n)))
    pressure = array.array('I', (101325 + (i * 37) % 500 for i in range(n)))
    humidity = array.array('f', (40 + (i % 13) * 0.5 for i in range(n)))
    flags = array.array('B', (1 if i % 11 == 0 else 0 for i in range(n)))
    return [('temperature', temperature, 0.1), ('pressure', pressure, 1.0),
            ('humidity', humidity, 1.0), ('flags', flags, 1.0)]


def write_log(path, channels):
    n = len(channels[0][1])
    with open(path, 'wb') as f:
        f.write(HEADER.pack(MAGIC, 1, len(channels), n))
        for name, data, scale in channels:
            f.write(CHANNEL.pack(name.encode(), ord(data.typecode), scale))
        for _, data, _ in channels:
            if sys.byteorder != 'little':
                data = array.array(data.typecode, data)
                data.byteswap()
            data.tofile(f)


def read_log(path):
    with open(path, 'rb') as f:
        magic, version, count, n = HEADER.unpack(f.read(HEADER.size))
        if magic != MAGIC:
            raise ValueError('not a sensor log')
        specs = [CHANNEL.unpack(f.read(CHANNEL.size)) for _ in range(count)]
        channels = []
        for raw_name, code, scale in specs:
            data = array.array(chr(code))
            data.fromfile(f, n)
            if sys.byteorder != 'little':
                data.byteswap()
            channels.append((raw_name.rstrip(b'\0').decode(), data, scale))
        rest = f.read()
    return version, channels, rest


def summarize(name, data, scale):
    values = [x * scale for x in data]
    mean = sum(values) / len(values)
    spread = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    return f'{name:12} {data.typecode} n={len(data)} min={min(values):.2f} max={max(values):.2f} mean={mean:.3f} sd={spread:.3f}'


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'sensors.slog')
    channels = make_channels(500)
    write_log(path, channels)
    size = os.path.getsize(path)
    print('file size', size, '=', HEADER.size + 4 * CHANNEL.size + sum(len(d) * d.itemsize for _, d, _ in channels))
    version, loaded, rest = read_log(path)
    print('version', version, 'channels', [c[0] for c in loaded], 'trailing', rest)
    for (name, data, scale), (name2, data2, _) in zip(channels, loaded):
        assert name == name2 and data == data2, name
        print(summarize(name, data2, scale))

    # Flagged samples: indexes where flags is set, and the temperatures there.
    flags = loaded[3][1]
    temps = loaded[0][1]
    marked = [i for i, f in enumerate(flags) if f]
    print('flagged', len(marked), marked[:6], array.array('h', (temps[i] for i in marked[:6])))

    # A moving average over the temperatures, stored as doubles.
    window = 5
    smooth = array.array('d')
    running = sum(temps[:window])
    smooth.append(running / window)
    for i in range(window, len(temps)):
        running += temps[i] - temps[i - window]
        smooth.append(running / window)
    print('smoothed', len(smooth), [round(x, 2) for x in smooth[:5]], round(smooth[-1], 2))

    # Decimate the pressure channel and rewrite the file with it.
    pressure = loaded[1][1]
    decimated = pressure[::10]
    print('decimated', len(decimated), decimated[:4], decimated.buffer_info()[1])
    short = [(n, d[::10], s) for n, d, s in loaded]
    path2 = os.path.join(tmp, 'short.slog')
    write_log(path2, short)
    _, again, _ = read_log(path2)
    print('rewritten', os.path.getsize(path2), all(a[1] == b[1] for a, b in zip(short, again)))

    # Column-wise view through memoryview and struct on the same bytes.
    view = memoryview(again[0][1])
    print('view', view.format, view.itemsize, view[:3].tolist(), struct.unpack_from('<3h', again[0][1]))

    # A truncated file: fromfile reads what is there, then EOFError.
    with open(path2, 'rb') as f:
        data = f.read()
    with open(path2, 'wb') as f:
        f.write(data[:-7])
    try:
        read_log(path2)
    except EOFError as e:
        print('truncated:', e)
