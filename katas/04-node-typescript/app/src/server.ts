// relay: a tiny HTTP service written in TypeScript, using only Node's built-in modules. The app that kata 04 packages.
import { createServer, IncomingMessage, ServerResponse } from "http";
import { counter, replyTo } from "./greeting";

const port: number = Number(process.env.PORT ?? "8080");
const requests = counter();

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const reply = replyTo(request.url, requests);
    response.writeHead(reply.status, { "Content-Type": "text/plain; charset=utf-8" });
    response.end(reply.body);
});

// As PID 1 in a container, node gets no default SIGTERM action: without this, docker stop waits and then kills.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
        server.close(() => {
            console.log(`relay stopped after ${requests.served} requests`);
            process.exit(0);
        });
    });
}

server.listen(port, () => console.log(`relay listening on :${port}`));
