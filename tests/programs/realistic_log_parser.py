# A realistic program: parse a web server log with re, count with collections, summarise
# with struct-packed records and textwrap'd output, timestamps with datetime.
import re
import struct
import textwrap
from collections import Counter, defaultdict, namedtuple
from datetime import datetime

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 512 "https://example.com/" "curl/8.0"
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 200 10450 "/index.html" "Mozilla/5.0"
172.16.4.2 - - [10/Oct/2023:14:01:44 +0000] "GET /missing HTTP/1.1" 404 153 "-" "Googlebot/2.1"
10.0.0.5 - alice [10/Oct/2023:14:02:10 +0000] "GET /api/data?id=7&fmt=json HTTP/1.1" 200 887 "-" "curl/8.0"
this line is garbage and should be reported
192.168.1.11 - bob [10/Oct/2023:14:03:00 +0000] "DELETE /api/data/7 HTTP/1.1" 500 0 "-" "python-requests/2.31"
"""

LINE = re.compile(r'''
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+\S+\s+(?P<user>\S+)\s+
    \[(?P<when>[^\]]+)\]\s+
    "(?P<method>[A-Z]+)\s+(?P<path>\S+)\s+HTTP/(?P<version>[\d.]+)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)
    (?:\s+"(?P<referrer>[^"]*)"\s+"(?P<agent>[^"]*)")?
''', re.VERBOSE)

Hit = namedtuple("Hit", "ip user when method path status size agent")

hits, bad = [], []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(number)
        continue
    hits.append(Hit(m["ip"], None if m["user"] == "-" else m["user"], m["when"], m["method"],
                    m["path"], int(m["status"]), int(m["size"]), m.group("agent")))

print(len(hits), "hits; bad lines:", bad)
by_status = Counter(h.status for h in hits)
print(sorted(by_status.items()), by_status.most_common(1))
bytes_by_ip = defaultdict(int)
for h in hits:
    bytes_by_ip[h.ip] += h.size
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{ip:>15} {total:>7,d}")
print(Counter(re.sub(r"/\d+", "/<id>", h.path.split("?")[0]) for h in hits).most_common(3))
query = [dict(p.split("=", 1) for p in h.path.split("?", 1)[1].split("&")) for h in hits if "?" in h.path]
print(query)
agents = Counter(re.match(r"[\w-]+", h.agent).group() for h in hits)
print(sorted(agents))
times = [datetime(2023, 10, 10, *map(int, re.search(r":(\d\d):(\d\d):(\d\d)", h.when).groups())) for h in hits]
print((max(times) - min(times)).total_seconds(), min(times).strftime("%H:%M"))
users = {h.user for h in hits} - {None}
print(sorted(users), re.findall(r"\b(?:GET|POST)\b", LOG).count("GET"))

# Pack the hits into fixed records and read them back.
rec = struct.Struct("!4sHI")
blob = b"".join(rec.pack(bytes(map(int, h.ip.split("."))), h.status, h.size) for h in hits)
back = [rec.unpack_from(blob, i * rec.size) for i in range(len(hits))]
print(len(blob), [(".".join(map(str, ip)), s, n) for ip, s, n in back][:2])
report = "Errors: " + "; ".join(f"{h.method} {h.path} -> {h.status}" for h in hits if h.status >= 400)
print(textwrap.fill(report, width=40))
print(re.sub(r"(?P<a>\d+)\.(?P<b>\d+)\.\d+\.\d+", r"\g<a>.\g<b>.x.x", "client 192.168.1.10 and 10.0.0.5"))
