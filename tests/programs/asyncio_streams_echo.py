# A realistic asyncio program: a line-based TCP server on localhost, several clients
# talking to it concurrently, and a producer/consumer pipeline over a socket pair.
# e2e: not under GC stress (importing asyncio takes longer than the run limit in a
# test build; run it by hand: HOTPY_GC_STRESS=1 HOTPY_GC_VERIFY=4 with a release build).
import asyncio
import socket


async def handle(reader, writer):
    peer_count = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        peer_count += 1
        command = line.decode().strip()
        if command == "quit":
            writer.write(b"bye\n")
            await writer.drain()
            break
        writer.write(("%d:%s\n" % (peer_count, command.upper())).encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for word in words:
        writer.write((name + "-" + word + "\n").encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.write(b"quit\n")
    await writer.drain()
    replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies


async def pipeline():
    """A producer and a consumer on the two ends of a socket pair."""
    left, right = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=left)
    peer_reader, peer_writer = await asyncio.open_connection(sock=right)

    async def produce():
        for i in range(5):
            writer.write(("item %d\n" % i).encode())
            await writer.drain()
            await asyncio.sleep(0)
        writer.write_eof()

    async def consume():
        got = []
        async for line in peer_reader:
            got.append(line.decode().strip())
        return got

    _, got = await asyncio.gather(produce(), consume())
    writer.close()
    peer_writer.close()
    return got


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(
            client(port, "a", ["one", "two"]),
            client(port, "b", ["three"]),
            client(port, "c", []),
        )
    for r in results:
        print(r)
    print(await pipeline())
    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except ConnectionRefusedError:
        print("refused")
    reader = asyncio.StreamReader()
    reader.feed_data(b"abc\ndef")
    reader.feed_eof()
    print(await reader.readline(), await reader.read(), reader.at_eof())
    reader = asyncio.StreamReader()
    reader.feed_data(b"partial")
    reader.feed_eof()
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected)


asyncio.run(main())
