#include "reply.h"

#include <stdio.h>
#include <string.h>

#ifndef __VERSION__
#define __VERSION__ "an unknown compiler"
#endif

static size_t respond(char *out, size_t size, const char *status, const char *body)
{
    int n = snprintf(out, size,
                     "HTTP/1.0 %s\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\n"
                     "Content-Length: %zu\r\n"
                     "Connection: close\r\n"
                     "\r\n"
                     "%s",
                     status, strlen(body), body);
    if (n < 0) {
        return 0;
    }
    return (size_t)n < size ? (size_t)n : size - 1;
}

size_t reply_to(const char *request, unsigned long count, char *out, size_t size)
{
    char body[256];

    /* Only the request line matters: "GET /path HTTP/1.1". */
    if (strncmp(request, "GET ", 4) != 0) {
        return respond(out, size, "405 Method Not Allowed", "only GET is served here\n");
    }
    const char *path = request + 4;
    size_t length = strcspn(path, " \r\n");

    if (length == 1 && path[0] == '/') {
        snprintf(body, sizeof body, "hello from the dojo (C, gcc %s, request %lu)\n", __VERSION__, count);
        return respond(out, size, "200 OK", body);
    }
    if (length == 8 && strncmp(path, "/healthz", 8) == 0) {
        return respond(out, size, "200 OK", "ok\n");
    }
    return respond(out, size, "404 Not Found", "not found\n");
}
