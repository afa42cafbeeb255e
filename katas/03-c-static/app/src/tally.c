/* tally: a tiny HTTP responder that counts the requests it answers. The app that kata 03 packages. */
#include "reply.h"

#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static volatile sig_atomic_t stopping = 0;

static void stop(int signal_number)
{
    (void)signal_number;
    stopping = 1;
}

static int listen_on(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        perror("socket");
        exit(1);
    }
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);

    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    address.sin_port = htons((unsigned short)port);
    if (bind(fd, (struct sockaddr *)&address, sizeof address) < 0 || listen(fd, 16) < 0) {
        perror("bind/listen");
        exit(1);
    }
    return fd;
}

int main(void)
{
    const char *port_text = getenv("PORT");
    int port = port_text != NULL ? atoi(port_text) : 8080;

    /* As PID 1 in a container, a process gets no default SIGTERM action: without a handler, docker stop waits
       its full timeout and then kills. No SA_RESTART, so accept() returns EINTR and the loop ends. */
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = stop;
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGINT, &action, NULL);
    signal(SIGPIPE, SIG_IGN);

    int server = listen_on(port);
    printf("tally listening on :%d\n", port);
    fflush(stdout);

    unsigned long count = 0;
    while (!stopping) {
        int client = accept(server, NULL, NULL);
        if (client < 0) {
            if (errno == EINTR) {
                continue;
            }
            perror("accept");
            continue;
        }
        char request[2048];
        ssize_t received = recv(client, request, sizeof request - 1, 0);
        if (received > 0) {
            request[received] = '\0';
            char response[1024];
            size_t length = reply_to(request, ++count, response, sizeof response);
            send(client, response, length, 0);
        }
        close(client);
    }
    close(server);
    printf("tally stopped after %lu requests\n", count);
    return 0;
}
