"""tally: a small HTTP service that counts the lines, words and bytes of a text.

GET /count?text=...   or   POST /count with the text as the body
  -> 4 words, 1 line, 19 bytes (counted in C)

The counting is done by _tally, a C extension built from tally.c; the server itself is only
the standard library.
"""

import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import _tally

# Bodies larger than this are refused rather than read into memory.
MAX_BODY = 16 * 1024 * 1024


def tally(data):
    lines, words, size = _tally.count(data)
    return "%s, %s, %s (counted in C)\n" % (
        plural(words, "word"), plural(lines, "line"), plural(size, "byte"))


def plural(n, noun):
    return "%d %s%s" % (n, noun, "" if n == 1 else "s")


class Handler(BaseHTTPRequestHandler):
    server_version = "tally/1.0"

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/healthz":
            self.reply(200, "text/plain", "ok\n")
        elif url.path == "/count":
            text = parse_qs(url.query).get("text", [""])[0]
            self.reply(200, "text/plain", tally(text.encode("utf-8")))
        elif url.path == "/":
            self.reply(200, "text/plain", "tally: GET /count?text=... or POST /count with a body\n")
        else:
            self.reply(404, "text/plain", "not found\n")

    def do_POST(self):
        if urlsplit(self.path).path != "/count":
            self.reply(404, "text/plain", "not found\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.reply(413, "text/plain", "the body is larger than %d bytes\n" % MAX_BODY)
            return
        self.reply(200, "text/plain", tally(self.rfile.read(length)))

    def reply(self, status, content_type, body):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main():
    port = int(os.environ.get("PORT", "8080"))
    server = ThreadingHTTPServer(("", port), Handler)
    # As PID 1 in a container, a process that sets no handler ignores SIGTERM, and `docker stop`
    # would wait ten seconds before killing it.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    print("tally listening on port %d" % port, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
