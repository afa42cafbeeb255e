/* reply: turns a request line into the bytes tally sends back. */
#ifndef TALLY_REPLY_H
#define TALLY_REPLY_H

#include <stddef.h>

/*
 * Writes a complete HTTP/1.0 response for the request in `request` into `out` (at most `size` bytes) and returns
 * its length. `count` is how many requests the server has answered, this one included.
 */
size_t reply_to(const char *request, unsigned long count, char *out, size_t size);

#endif
